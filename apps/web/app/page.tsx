import { DEFAULT_LOCALE, type GlobalSettings, type Service } from '@welfare/types';
import { CmsError, cmsGet } from '@/lib/cms/client';

// The minimal portal of the foundation: the Italian home with the agency and its services.
// Rendered per request so a build made while the CMS is down never freezes an error page;
// the CMS responses themselves are cached for a minute (a failed fetch is never cached).
export const dynamic = 'force-dynamic';
const cmsData = { next: { revalidate: 60 } };

export default async function HomePage() {
  try {
    const [global, services] = await Promise.all([
      cmsGet<{ data: GlobalSettings }>(`/global?locale=${DEFAULT_LOCALE}&populate[0]=contacts`, cmsData),
      cmsGet<{ data: Service[] }>(`/services?locale=${DEFAULT_LOCALE}&fields[0]=title&fields[1]=summary&fields[2]=slug&sort=title:asc`, cmsData),
    ]);
    return (
      <main>
        <h1>{global.data.siteName}</h1>
        <p>{global.data.tagline}</p>
        <h2>Servizi</h2>
        <ul>
          {services.data.map((service) => (
            <li key={service.documentId}>
              <strong>{service.title}</strong>
              <br />
              {service.summary}
            </li>
          ))}
        </ul>
        <footer>
          <p>{global.data.agencyName}</p>
          <p>
            {global.data.contacts?.map((contact) => (
              <a key={contact.id} href={`tel:${contact.value.replace(/\s+/g, '')}`} style={{ marginInlineEnd: '1rem' }}>
                {contact.value}
              </a>
            ))}
          </p>
          <p>{global.data.fundingNotice}</p>
        </footer>
      </main>
    );
  } catch (error) {
    if (!(error instanceof CmsError)) throw error;
    return (
      <main>
        <h1>Portale Welfare Valle Camonica</h1>
        <p>I contenuti non sono disponibili in questo momento. Riprovate tra qualche minuto.</p>
      </main>
    );
  }
}
