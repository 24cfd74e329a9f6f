import type { CoverageReport } from './coverage-report';

/** The report as `npm run coverage` prints it, in Italian like the admin. */
export function coverageText(report: CoverageReport, adminUrl: string): string {
  const lines = [
    `Copertura delle traduzioni (${report.generatedAt})`,
    `Totale: ${report.totals.missing} traduzioni mancanti, ${report.totals.stale} da aggiornare, ${report.totals.machine} tradotte automaticamente da revisionare, ${report.totals.reviewed} revisionate`,
    '',
  ];
  for (const type of report.types) {
    lines.push(`${type.labels.it.other} (${type.italianCount} in italiano)`);
    for (const locale of type.locales) {
      if (locale.missingCount === 0 && locale.staleCount === 0 && locale.machineCount === 0) {
        lines.push(
          `  ${locale.locale}: completo${locale.reviewedCount > 0 ? ` (${locale.reviewedCount} tradotte automaticamente e revisionate)` : ''}`,
        );
        continue;
      }
      lines.push(
        `  ${locale.locale}: ${locale.missingCount} mancanti, ${locale.staleCount} da aggiornare, ${locale.machineCount} automatiche da revisionare, ${locale.reviewedCount} revisionate`,
      );
      for (const entry of locale.missing) lines.push(`    manca     ${entry.title}  ${adminUrl}${entry.editPath}`);
      for (const entry of locale.machine) lines.push(`    automatica ${entry.title}  ${adminUrl}${entry.editPath}`);
      for (const entry of locale.stale)
        lines.push(
          `    superata  ${entry.title} (italiano ${entry.italianUpdatedAt}, traduzione ${entry.translationUpdatedAt})  ${adminUrl}${entry.editPath}`,
        );
      const hidden =
        locale.missingCount + locale.staleCount + locale.machineCount - locale.missing.length - locale.stale.length - locale.machine.length;
      if (hidden > 0) lines.push(`    … e altre ${hidden}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
