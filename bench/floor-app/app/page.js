export default function FloorPage() {
  return (
    <main>
      <h1>Portale Welfare Valle Camonica</h1>
      <p>Una pagina minima, prerenderizzata: il limite inferiore del banco di prova.</p>
    </main>
  );
}
