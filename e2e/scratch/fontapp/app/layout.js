import './g.css';
export default function RootLayout({ children }) {
  return (<html lang="it"><body>{children}</body></html>);
}
