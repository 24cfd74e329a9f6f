/**
 * The internationalization plugin's strings (languages of a document in the edit view and the list,
 * copying from another language, publishing several languages, the languages' settings). Strapi has
 * no Italian translation of this plugin at all. Ids are the plugin's own: it.ts prefixes them with
 * `i18n.`. Terms: a locale is a "lingua", AI is "IA".
 */
export const I18N_IT: Record<string, string> = {
  'plugin.name': 'Internazionalizzazione',
  'plugin.description.long':
    "Questo plugin consente di creare, leggere e aggiornare i contenuti in più lingue, sia dal pannello di amministrazione sia dall'API.",
  'plugin.description.short':
    "Questo plugin consente di creare, leggere e aggiornare i contenuti in più lingue, sia dal pannello di amministrazione sia dall'API.",
  'plugin.schema.i18n.localized.description-content-type': 'Consente di tradurre un contenuto in più lingue',
  'plugin.schema.i18n.localized.description-field': 'Il campo può avere un valore diverso in ogni lingua',
  'plugin.schema.i18n.localized.label-content-type': 'Internazionalizzazione',
  'plugin.schema.i18n.localized.label-field': 'Abilita la traduzione di questo campo',

  // Edit view: the document's languages.
  'actions.select-locale': 'Scegli una lingua',
  'actions.delete.label': 'Elimina il contenuto ({locale})',
  'actions.delete.dialog.title': 'Conferma',
  'actions.delete.dialog.body': 'Eliminare questa lingua del contenuto?',
  'actions.delete.error': "Errore durante l'eliminazione della lingua del documento.",
  'actions.publish.dialog.title': 'Conferma',
  'Field.localized': 'Questo valore è specifico della lingua selezionata',
  'Field.not-localized': 'Questo valore è comune a tutte le lingue',
  'components.Select.locales.not-available': 'Nessun contenuto disponibile',
  'CMEditViewLocalePicker.locale.create': 'Crea la versione in <bold>{locale}</bold>',
  'CMEditViewLocalePicker.locale.ai-translations': 'Traduzioni con IA:',
  'CMEditViewCopyLocale.copy-failure': 'Impossibile copiare la lingua',
  'CMEditViewCopyLocale.copy-success': 'Lingua copiata',
  'CMEditViewCopyLocale.copy-text': "Compila da un'altra lingua",
  'CMEditViewCopyLocale.cancel-text': 'No, annulla',
  'CMEditViewCopyLocale.submit-text': 'Sì, compila',
  'CMEditViewCopyLocale.dialog.title': 'Conferma',
  'CMEditViewCopyLocale.dialog.body': 'Il contenuto attuale sarà cancellato e sostituito con quello della lingua selezionata:',
  'CMEditViewCopyLocale.dialog.field.label': 'Lingua',
  'CMEditViewCopyLocale.dialog.field.placeholder': 'Scegli una lingua...',
  'CMEditViewBulkLocale.publish-title': 'Pubblica più lingue',
  'CMEditViewBulkLocale.unpublish-title': 'Ritira più lingue dalla pubblicazione',
  'CMEditViewBulkLocale.status': 'Stato',
  'CMEditViewBulkLocale.publication-status': 'Stato di pubblicazione',
  'CMEditViewBulkLocale.draft-relation-warning':
    'Alcune lingue sono collegate a contenuti in bozza: pubblicarle potrebbe lasciare link non funzionanti nel sito.',
  'CMEditViewBulkLocale.continue-confirmation': 'Continuare?',
  'CMEditViewAITranslation.status-aria-label': 'Stato della traduzione con IA',
  'CMEditViewAITranslation.status-title':
    '{enabled, select, true {Traduzione con IA attiva} false {Traduzione con IA disattivata} other {Traduzione con IA disattivata}}',
  'CMEditViewAITranslation.status-description':
    "A ogni modifica salvata nella lingua predefinita, l'IA traduce il contenuto in tutte le altre lingue.",
  'CMEditViewAITranslation.settings-link':
    '{enabled, select, true {Disattivala nelle impostazioni} false {Attivala nelle impostazioni} other {Attivala nelle impostazioni}}',
  'CMEditViewAITranslation.job-completed': 'Traduzione con IA completata.',
  'CMEditViewAITranslation.job-failed': 'Traduzione con IA non riuscita. Riprovare.',

  // List view.
  'CMListView.popover.display-locales.label': 'Mostra le lingue tradotte',
  'CMListView.popover.display-locales.more': '{locales} + altre {count}',
  'list-view.table.header.label': 'Disponibile in',

  // Settings: the languages.
  'Settings.list.description': 'Impostazioni del plugin Internazionalizzazione',
  'Settings.list.actions.add': 'Aggiungi una lingua',
  'Settings.list.actions.delete': 'Elimina la lingua {name}',
  'Settings.list.actions.edit': 'Modifica la lingua {name}',
  'Settings.list.actions.deleteAdditionalInfos':
    'Saranno eliminate anche le versioni nelle lingue attive <em>(da Internazionalizzazione)</em>',
  'Settings.list.actions.publishAdditionalInfos':
    'Saranno pubblicate anche le versioni nelle lingue attive <em>(da Internazionalizzazione)</em>',
  'Settings.list.actions.unpublishAdditionalInfos':
    'Saranno ritirate dalla pubblicazione anche le versioni nelle lingue attive <em>(da Internazionalizzazione)</em>',
  'Settings.list.empty.title': 'Non ci sono lingue.',
  'Settings.list.empty.description':
    'Non è un comportamento normale: probabilmente il database è stato modificato a mano. Per usare correttamente Strapi, nel database deve esserci almeno una lingua.',
  'Settings.aiLocalizations.label': 'Traduzioni con IA',
  'Settings.aiLocalizations.description':
    "A ogni salvataggio nella gestione contenuti, l'IA traduce automaticamente la lingua predefinita in tutte le altre lingue.",
  'Settings.locales.default': 'Predefinita',
  'Settings.locales.list.sort.default': 'Ordina per lingua predefinita',
  'Settings.locales.list.sort.displayName': 'Ordina per nome visualizzato',
  'Settings.locales.list.sort.id': 'Ordina per ID',
  'Settings.locales.row.default-locale': 'Lingua predefinita',
  'Settings.locales.row.displayName': 'Nome visualizzato',
  'Settings.locales.row.id': 'ID',
  'Settings.locales.modal.title': 'Configurazione',
  'Settings.locales.modal.base': 'Impostazioni di base',
  'Settings.locales.modal.advanced': 'Impostazioni avanzate',
  'Settings.locales.modal.advanced.settings': 'Impostazioni',
  'Settings.locales.modal.advanced.setAsDefault': 'Imposta come lingua predefinita',
  'Settings.locales.modal.advanced.setAsDefault.hint': "È necessaria una lingua predefinita: per cambiarla, sceglierne un'altra",
  'Settings.locales.modal.edit.tab.label': 'Navigazione tra le impostazioni di base e avanzate delle lingue',
  'Settings.locales.modal.locales.label': 'Lingue',
  'Settings.locales.modal.create.success': 'Lingua aggiunta',
  'Settings.locales.modal.create.code.label': 'Lingue',
  'Settings.locales.modal.create.code.error': 'Scegliere una lingua',
  'Settings.locales.modal.create.name.label': 'Nome visualizzato della lingua',
  'Settings.locales.modal.create.name.description': 'Il nome con cui la lingua compare nel pannello di amministrazione',
  'Settings.locales.modal.create.name.error.min': 'Il nome visualizzato della lingua deve avere meno di 50 caratteri.',
  'Settings.locales.modal.create.name.error.required': 'Indicare il nome visualizzato della lingua',
  'Settings.locales.modal.delete.confirm': 'Sì, elimina',
  'Settings.locales.modal.delete.message':
    "Eliminando questa lingua si eliminano tutti i contenuti associati. Per conservarne una parte, spostarli prima in un'altra lingua.",
  'Settings.locales.modal.delete.secondMessage': 'Eliminare questa lingua?',
  'Settings.locales.modal.delete.success': 'Lingua eliminata',
  'Settings.locales.modal.edit.confirmation': 'Fine',
  'Settings.locales.modal.edit.success': 'Lingua modificata',
  'Settings.permissions.loading': 'Caricamento dei permessi',
  'Settings.permissions.read.denied.title': 'Permessi insufficienti per accedere a questo contenuto.',
  'Settings.permissions.read.denied.description': "Per poterlo leggere, rivolgersi all'amministratore del sistema.",
  'CheckboxConfirmation.Modal.title': 'Disattiva la traduzione',
  'CheckboxConfirmation.Modal.body': 'Disattivarla?',
  'CheckboxConfirmation.Modal.button-confirm': 'Sì, disattiva',
  'CheckboxConfirmation.Modal.content':
    'Disattivando la traduzione saranno eliminati tutti i contenuti tranne quelli nella lingua predefinita (se presente).',
};
