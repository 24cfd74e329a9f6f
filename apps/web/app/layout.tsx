import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { DEFAULT_LOCALE, directionOf } from '@welfare/types';

export const metadata: Metadata = {
  title: 'Portale Welfare Valle Camonica',
  description: 'Servizi, mediazione linguistico-culturale ed eventi per chi vive in Valle Camonica.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={DEFAULT_LOCALE} dir={directionOf(DEFAULT_LOCALE)}>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '48rem', margin: '0 auto', padding: '1rem', lineHeight: 1.5 }}>
        {children}
      </body>
    </html>
  );
}
