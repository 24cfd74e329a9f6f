import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CoverageReport } from '../../translation-coverage/coverage-report';

/** The coverage report from the admin route GET /translation-coverage (the user's language first). */
export function useCoverage(): { report: CoverageReport | null; error: boolean } {
  const { get } = useFetchClient();
  const [report, setReport] = useState<CoverageReport | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let cancelled = false;
    get<{ data: CoverageReport }>('/translation-coverage')
      .then((response) => !cancelled && setReport(response.data.data))
      .catch(() => !cancelled && setError(true));
    return () => {
      cancelled = true;
    };
  }, [get]);
  return { report, error };
}

/** "/admin/content-manager/…" → the admin router's path ("/content-manager/…"). */
export const routerPath = (editPath: string) => editPath.replace(/^\/admin/, '');
