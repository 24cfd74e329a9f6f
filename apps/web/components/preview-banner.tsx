import { getTranslations } from 'next-intl/server';
import { isPreview } from '@/lib/cms/draft-mode';

/**
 * On every page of a staff preview (Next's draft mode), in the visitor's language: this is draft
 * content, not what the public sees, and one click leaves the preview on the same page. Renders
 * nothing otherwise, so public pages stay as they were.
 */
export async function PreviewBanner({ path }: { path: string }) {
  if (!(await isPreview())) return null;
  const t = await getTranslations('Preview');
  return (
    <section className="preview-banner" aria-label={t('label')}>
      <div className="container">
        <p role="status">{t('notice')}</p>
        {/* A plain link, never prefetched: a prefetch would leave the preview before the click. */}
        <a href={`/api/preview/exit?path=${encodeURIComponent(path)}`}>{t('exit')}</a>
      </div>
    </section>
  );
}
