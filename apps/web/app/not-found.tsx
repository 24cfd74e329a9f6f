import { DEFAULT_LOCALE } from '@welfare/types';
import messages from '@/messages/it.json';
import './[locale]/globals.css';

// Outside any locale (e.g. /de/...): the default language's 404.
export default function RootNotFound() {
  return (
    <html lang={DEFAULT_LOCALE} dir="ltr">
      <body>
        <title>{messages.NotFound.title}</title>
        <meta name="description" content={messages.NotFound.text} />
        <main id="main" className="container">
          <h1>{messages.NotFound.title}</h1>
          <p>{messages.NotFound.text}</p>
          <p>
            <a href={`/${DEFAULT_LOCALE}`}>{messages.NotFound.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
