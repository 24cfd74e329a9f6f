// The smallest App Router page: a root layout and a static page, prerendered at build time.
export const metadata = { title: 'Floor', description: 'A minimal prerendered Next.js page.' };

export default function RootLayout({ children }) {
  return (
    <html lang="it">
      <body>{children}</body>
    </html>
  );
}
