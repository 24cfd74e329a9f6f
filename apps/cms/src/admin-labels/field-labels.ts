/**
 * What staff read in the admin for every field of every content type and component, in Italian
 * (the staff's language) and English (for users who pick English in their profile): a label, a
 * description (what goes there, for whom, how long, after the "Modello Comuni" of Designers Italia)
 * and, for text fields, a placeholder. Keyed by the Strapi schema: uid → attribute name.
 *
 * The order of the attributes here is the order of the edit view (Modello Comuni order).
 * `field-labels.test.ts` fails when a schema attribute has no entry here, so a new field cannot
 * reach staff without a label. Pure data: the admin bundle imports it too.
 */
export type AdminLanguage = 'it' | 'en';

export interface FieldText {
  label: string;
  description: string;
  placeholder?: string;
}

export type FieldLabels = Record<AdminLanguage, FieldText>;

export interface ModelLabels {
  /** The model's display name in each admin language (content types take theirs from the registry). */
  displayName?: Record<AdminLanguage, string>;
  /** Attributes in edit-view order. */
  fields: Record<string, FieldLabels>;
}

const f = (it: FieldText, en: FieldText): FieldLabels => ({ it, en });

const slug = (source: string, sourceEn: string) =>
  f(
    {
      label: 'Indirizzo breve (slug)',
      description: `Parte finale dell'indirizzo della pagina, generata da «${source}»: solo minuscole, cifre e trattini. Ogni lingua ha il suo. Cambiarlo dopo la pubblicazione rompe i link già condivisi.`,
      placeholder: 'es. sportello-stranieri',
    },
    {
      label: 'Short address (slug)',
      description: `Last part of the page address, generated from "${sourceEn}": lowercase letters, digits and hyphens only. Each language has its own. Changing it after publication breaks links already shared.`,
      placeholder: 'e.g. foreigners-desk',
    },
  );

const contacts = (whose: string, whoseEn: string) =>
  f(
    {
      label: 'Contatti',
      description: `Telefono, cellulare, WhatsApp o e-mail ${whose}. Uguali in tutte le lingue. Mai recapiti personali dei mediatori.`,
    },
    {
      label: 'Contacts',
      description: `Phone, mobile, WhatsApp or e-mail ${whoseEn}. The same in every language. Never a mediator's personal contacts.`,
    },
  );

const closures = (whose: string, whoseEn: string) =>
  f(
    {
      label: 'Chiusure e giorni speciali',
      description: `Giorni o periodi in cui ${whose} è chiuso o riceve solo su appuntamento (ferie, festa patronale, sciopero, neve…), tutto il giorno o in alcune ore, con il motivo che il portale mostra in ogni lingua. Le festività nazionali e regionali sono già incluse: non servono qui. Uguali in tutte le lingue.`,
    },
    {
      label: 'Closures and special days',
      description: `Days or periods when ${whoseEn} is closed or by appointment only (holidays, a patron saint's day, a strike, snow…), all day or some hours, with the reason the portal shows in every language. National and regional holidays are already included: no need to add them. The same in every language.`,
    },
  );

export const CONTENT_TYPE_LABELS: Record<string, ModelLabels> = {
  'api::service.service': {
    fields: {
      category: f(
        { label: 'Categoria', description: 'La categoria principale del servizio (Modello Comuni: categoria di servizio). Una sola.' },
        { label: 'Category', description: 'The main category of the service (Modello Comuni: service category). Only one.' },
      ),
      title: f(
        {
          label: 'Titolo',
          description: 'Nome del servizio come lo cerca un cittadino, senza sigle. Breve: massimo 160 caratteri, meglio sotto 60.',
          placeholder: 'es. Sportello informativo per cittadini stranieri',
        },
        {
          label: 'Title',
          description: 'Name of the service as a citizen would look for it, no acronyms. Short: at most 160 characters, better under 60.',
          placeholder: 'e.g. Information desk for foreign citizens',
        },
      ),
      slug: slug('Titolo', 'Title'),
      serviceStatus: f(
        { label: 'Stato del servizio', description: 'Attivo, sospeso o chiuso. Se non è attivo, scrivere il motivo nel campo seguente.' },
        { label: 'Service status', description: 'Active, suspended or closed. When not active, give the reason in the next field.' },
      ),
      serviceStatusReason: f(
        {
          label: 'Motivo dello stato',
          description: 'Solo se il servizio è sospeso o chiuso: perché e fino a quando. Massimo 300 caratteri.',
          placeholder: 'es. Sospeso per ferie fino al 31 agosto',
        },
        {
          label: 'Reason for the status',
          description: 'Only when the service is suspended or closed: why and until when. At most 300 characters.',
          placeholder: 'e.g. Closed for holidays until 31 August',
        },
      ),
      summary: f(
        {
          label: 'Descrizione breve',
          description:
            'Cosa offre il servizio, in una o due frasi semplici: appare negli elenchi e nei risultati di ricerca. Circa 160 caratteri, al massimo 300.',
          placeholder: 'es. Informazioni e orientamento sui servizi del territorio, con mediatori linguistici.',
        },
        {
          label: 'Short description',
          description:
            'What the service offers, in one or two plain sentences: shown in lists and search results. About 160 characters, at most 300.',
          placeholder: 'e.g. Information and guidance on local services, with language mediators.',
        },
      ),
      audience: f(
        {
          label: 'A chi è rivolto',
          description: 'Chi può usare il servizio e con quali requisiti (età, residenza, condizione). Frasi brevi, elenchi puntati.',
        },
        {
          label: 'Who it is for',
          description: 'Who may use the service and on which conditions (age, residence, situation). Short sentences, bullet lists.',
        },
      ),
      howTo: f(
        {
          label: 'Come fare',
          description: 'I passi da seguire, in ordine, come elenco numerato: dove andare, chi chiamare, cosa compilare.',
        },
        {
          label: 'How to do it',
          description: 'The steps to follow, in order, as a numbered list: where to go, whom to call, what to fill in.',
        },
      ),
      requirements: f(
        { label: 'Cosa serve', description: 'Documenti e informazioni da portare (elenco puntato). Lasciare vuoto se non serve nulla.' },
        { label: 'What you need', description: 'Documents and information to bring (bullet list). Leave empty when nothing is needed.' },
      ),
      outcome: f(
        { label: 'Cosa si ottiene', description: 'Il risultato per il cittadino: un appuntamento, un documento, un accompagnamento.' },
        { label: 'What you get', description: 'What the citizen gets: an appointment, a document, someone to go with them.' },
      ),
      timing: f(
        { label: 'Tempi e scadenze', description: 'Quanto tempo ci vuole e le eventuali scadenze, con date complete.' },
        { label: 'Times and deadlines', description: 'How long it takes and any deadlines, with full dates.' },
      ),
      costs: f(
        { label: 'Costi', description: 'Quanto costa, o «Gratuito». Indicare esenzioni e riduzioni.' },
        { label: 'Costs', description: 'What it costs, or "Free". Mention exemptions and reductions.' },
      ),
      access: f(
        { label: 'Accedere al servizio', description: 'Come si accede: di persona, su appuntamento, online; con quali orari.' },
        { label: 'How to access', description: 'How to get in: in person, by appointment, online; at which times.' },
      ),
      conditions: f(
        { label: 'Condizioni di servizio', description: 'Termini e condizioni, vincoli, casi particolari.' },
        { label: 'Conditions', description: 'Terms and conditions, limits, special cases.' },
      ),
      contactOffice: f(
        {
          label: 'Ufficio responsabile',
          description: "L'ufficio o l'ente che risponde del servizio. Massimo 200 caratteri.",
          placeholder: 'es. Ufficio di Piano - Azienda Territoriale per i Servizi alla Persona',
        },
        {
          label: 'Responsible office',
          description: 'The office or body responsible for the service. At most 200 characters.',
          placeholder: 'e.g. Planning Office - Local Agency for Personal Services',
        },
      ),
      contacts: contacts("dell'ufficio che risponde al pubblico", 'of the office that answers the public'),
      topics: f(
        {
          label: 'Argomenti',
          description: 'Gli argomenti collegati (Modello Comuni: argomenti), per ritrovare il servizio da altre pagine.',
        },
        { label: 'Topics', description: 'Related topics (Modello Comuni: topics), to find the service from other pages.' },
      ),
      places: f(
        { label: 'Luoghi', description: 'Dove si svolge il servizio: sedi e sportelli.' },
        { label: 'Places', description: 'Where the service takes place: offices and desks.' },
      ),
      mediationLanguages: f(
        {
          label: 'Lingue della mediazione',
          description: 'Le lingue in cui è disponibile un mediatore per questo servizio: i cittadini filtrano i servizi per lingua.',
        },
        {
          label: 'Mediation languages',
          description: 'The languages in which a mediator is available for this service: citizens filter services by language.',
        },
      ),
      mediators: f(
        { label: 'Mediatori', description: 'I mediatori presenti in questo servizio (si modifica anche dalla scheda del mediatore).' },
        { label: 'Mediators', description: 'The mediators present in this service (also edited from the mediator).' },
      ),
    },
  },
  'api::mediator.mediator': {
    fields: {
      displayName: f(
        {
          label: 'Nome visualizzato',
          description:
            'Il nome con cui il mediatore si presenta (es. nome e iniziale del cognome). Uguale in tutte le lingue. Massimo 60 caratteri.',
          placeholder: 'es. Amina B.',
        },
        {
          label: 'Display name',
          description: 'The name the mediator goes by (e.g. first name and initial). The same in every language. At most 60 characters.',
          placeholder: 'e.g. Amina B.',
        },
      ),
      slug: slug('Nome visualizzato', 'Display name'),
      bio: f(
        {
          label: 'Presentazione',
          description:
            'Due o tre frasi su esperienza e lingue, rivolte ai cittadini. Niente dati personali, telefono o e-mail. Massimo 600 caratteri.',
          placeholder: 'es. Mediatrice dal 2015, accompagna le famiglie negli incontri con la scuola.',
        },
        {
          label: 'Introduction',
          description:
            'Two or three sentences on experience and languages, for citizens. No personal data, phone or e-mail. At most 600 characters.',
          placeholder: 'e.g. Mediator since 2015, goes with families to school meetings.',
        },
      ),
      languages: f(
        {
          label: 'Lingue parlate',
          description: 'Le lingue in cui il mediatore può fare mediazione: i cittadini cercano i mediatori per lingua.',
        },
        {
          label: 'Languages spoken',
          description: 'The languages in which the mediator can mediate: citizens look for mediators by language.',
        },
      ),
      services: f(
        { label: 'Servizi', description: 'I servizi in cui il mediatore è presente.' },
        { label: 'Services', description: 'The services in which the mediator is present.' },
      ),
      availability: f(
        {
          label: 'Presenze',
          description: 'Giorno della settimana, orario e luogo in cui il mediatore è presente. Uguali in tutte le lingue.',
        },
        { label: 'Availability', description: 'Weekday, hours and place where the mediator is present. The same in every language.' },
      ),
    },
  },
  'api::school-workshop.school-workshop': {
    fields: {
      title: f(
        {
          label: 'Titolo',
          description: 'Nome del laboratorio, come lo leggono insegnanti e famiglie. Massimo 160 caratteri, meglio sotto 60.',
          placeholder: 'es. Impariamo conoscendoci',
        },
        {
          label: 'Title',
          description: 'Name of the workshop as teachers and families read it. At most 160 characters, better under 60.',
          placeholder: 'e.g. Learning by meeting',
        },
      ),
      slug: slug('Titolo', 'Title'),
      summary: f(
        {
          label: 'Descrizione breve',
          description: 'Di cosa tratta il laboratorio, in una o due frasi: appare negli elenchi. Circa 160 caratteri, al massimo 300.',
        },
        {
          label: 'Short description',
          description: 'What the workshop is about, in one or two sentences: shown in lists. About 160 characters, at most 300.',
        },
      ),
      description: f(
        { label: 'Descrizione', description: 'Obiettivi, attività e metodo del laboratorio, per gli insegnanti.' },
        { label: 'Description', description: 'Aims, activities and method of the workshop, for teachers.' },
      ),
      topics: f(
        { label: 'Temi', description: 'I temi affrontati, come elenco puntato.' },
        { label: 'Topics', description: 'The topics covered, as a bullet list.' },
      ),
      targetClasses: f(
        {
          label: 'Classi destinatarie',
          description: 'A quali classi è rivolto (di norma le terze della secondaria di primo grado). Massimo 200 caratteri.',
          placeholder: 'es. Classi terze della scuola secondaria di primo grado',
        },
        {
          label: 'Target classes',
          description: 'Which classes it is for (usually third year of lower secondary school). At most 200 characters.',
          placeholder: 'e.g. Third-year classes of lower secondary school',
        },
      ),
      schools: f(
        {
          label: 'Scuole',
          description: 'Le scuole o gli istituti comprensivi coinvolti. Massimo 600 caratteri.',
          placeholder: 'es. Istituto comprensivo di Breno',
        },
        {
          label: 'Schools',
          description: 'The schools or school networks taking part. At most 600 characters.',
          placeholder: 'e.g. Breno comprehensive school',
        },
      ),
      schoolYear: f(
        { label: 'Anno scolastico', description: 'Nella forma AAAA/AAAA. Uguale in tutte le lingue.', placeholder: '2026/2027' },
        { label: 'School year', description: 'In the form YYYY/YYYY. The same in every language.', placeholder: '2026/2027' },
      ),
      sessionCount: f(
        { label: 'Numero di incontri', description: 'Quanti incontri in classe (da 1 a 50).', placeholder: '4' },
        { label: 'Number of sessions', description: 'How many sessions in class (1 to 50).', placeholder: '4' },
      ),
      sessionMinutes: f(
        { label: 'Durata di un incontro (minuti)', description: 'Durata di ogni incontro in minuti (da 15 a 480).', placeholder: '120' },
        { label: 'Session length (minutes)', description: 'Length of each session in minutes (15 to 480).', placeholder: '120' },
      ),
      booking: f(
        { label: 'Come prenotare', description: 'Come una scuola prenota il laboratorio: chi contattare, entro quando, cosa indicare.' },
        { label: 'How to book', description: 'How a school books the workshop: whom to contact, by when, what to say.' },
      ),
      contacts: contacts('per le prenotazioni', 'for bookings'),
    },
  },
  'api::event.event': {
    fields: {
      title: f(
        {
          label: 'Titolo',
          description: "Nome dell'evento. Massimo 160 caratteri, meglio sotto 60.",
          placeholder: 'es. Incontro «Impariamo conoscendoci» a Bienno',
        },
        {
          label: 'Title',
          description: 'Name of the event. At most 160 characters, better under 60.',
          placeholder: 'e.g. "Learning by meeting" in Bienno',
        },
      ),
      slug: slug('Titolo', 'Title'),
      summary: f(
        {
          label: 'Descrizione breve',
          description: 'Cosa succede, in una o due frasi: appare negli elenchi e nel calendario. Circa 160 caratteri, al massimo 300.',
        },
        {
          label: 'Short description',
          description: 'What happens, in one or two sentences: shown in lists and in the calendar. About 160 characters, at most 300.',
        },
      ),
      description: f(
        { label: 'Descrizione', description: 'Il programma e tutto ciò che serve sapere per partecipare.' },
        { label: 'Description', description: 'The programme and everything people need to know to take part.' },
      ),
      startsAt: f(
        { label: 'Inizio', description: 'Data e ora di inizio, ora italiana (Europe/Rome). Uguale in tutte le lingue.' },
        { label: 'Starts', description: 'Start date and time, Italian time (Europe/Rome). The same in every language.' },
      ),
      endsAt: f(
        { label: 'Fine', description: 'Data e ora di fine, ora italiana. Facoltativa.' },
        { label: 'Ends', description: 'End date and time, Italian time. Optional.' },
      ),
      recurrence: f(
        {
          label: 'Si ripete',
          description:
            'Per un corso settimanale o un incontro mensile: un solo evento con tutte le sue date (nei calendari dei cittadini e dei partner). Inizio e fine sopra sono quelli della prima data. Vuoto se non si ripete.',
        },
        {
          label: 'Repeats',
          description:
            'For a weekly course or a monthly meeting: one event with all its dates (in citizens’ and partners’ calendars). Start and end above are those of the first date. Empty when it does not repeat.',
        },
      ),
      seriesEndsAt: f(
        {
          label: 'Fine dell’ultima data',
          description: 'Calcolata dal sistema al salvataggio, dalla ripetizione: decide fino a quando l’evento resta tra i prossimi.',
        },
        {
          label: 'End of the last date',
          description: 'Computed by the system on save, from the repetition: decides until when the event stays among the upcoming ones.',
        },
      ),
      place: f(
        { label: 'Luogo', description: "Dove si svolge l'evento." },
        { label: 'Place', description: 'Where the event takes place.' },
      ),
      audience: f(
        {
          label: 'A chi è rivolto',
          description: 'Il pubblico: famiglie, donne, giovani, tutta la cittadinanza… Massimo 200 caratteri.',
          placeholder: 'es. Famiglie con bambini',
        },
        {
          label: 'Who it is for',
          description: 'The audience: families, women, young people, everyone… At most 200 characters.',
          placeholder: 'e.g. Families with children',
        },
      ),
      cost: f(
        { label: 'Costo', description: 'Quanto costa partecipare, o «Gratuito». Massimo 120 caratteri.', placeholder: 'Gratuito' },
        { label: 'Cost', description: 'What it costs to take part, or "Free". At most 120 characters.', placeholder: 'Free' },
      ),
      registration: f(
        { label: 'Come iscriversi', description: 'Se serve iscriversi: come, dove, entro quando.' },
        { label: 'How to register', description: 'Whether registration is needed: how, where, by when.' },
      ),
      organizer: f(
        {
          label: 'Organizzatore',
          description: "Chi organizza l'evento. Massimo 200 caratteri.",
          placeholder: 'es. Consulta Stranieri di Valle Camonica',
        },
        {
          label: 'Organiser',
          description: 'Who organises the event. At most 200 characters.',
          placeholder: 'e.g. Valle Camonica Foreigners Council',
        },
      ),
      poster: f(
        {
          label: 'Locandina',
          description: 'Immagine o PDF della locandina, uno per lingua, con il testo alternativo che descrive cosa mostra.',
        },
        { label: 'Poster', description: 'Image or PDF of the poster, one per language, with alternative text describing what it shows.' },
      ),
      contacts: contacts('per informazioni', 'for information'),
    },
  },
  'api::page.page': {
    fields: {
      title: f(
        {
          label: 'Titolo',
          description: 'Titolo della pagina. Massimo 160 caratteri, meglio sotto 60.',
          placeholder: 'es. Dichiarazione di accessibilità',
        },
        {
          label: 'Title',
          description: 'Title of the page. At most 160 characters, better under 60.',
          placeholder: 'e.g. Accessibility statement',
        },
      ),
      slug: slug('Titolo', 'Title'),
      summary: f(
        { label: 'Descrizione breve', description: 'Di cosa parla la pagina, in una o due frasi. Circa 160 caratteri, al massimo 300.' },
        { label: 'Short description', description: 'What the page is about, in one or two sentences. About 160 characters, at most 300.' },
      ),
      body: f(
        { label: 'Testo', description: 'Il contenuto della pagina: titoli di sezione, paragrafi brevi, elenchi.' },
        { label: 'Text', description: 'The content of the page: section headings, short paragraphs, lists.' },
      ),
      contacts: contacts('per informazioni', 'for information'),
    },
  },
  'api::category.category': {
    fields: {
      name: f(
        { label: 'Nome', description: 'Nome della categoria o argomento. Massimo 80 caratteri.', placeholder: 'es. Famiglia e minori' },
        { label: 'Name', description: 'Name of the category or topic. At most 80 characters.', placeholder: 'e.g. Family and children' },
      ),
      slug: slug('Nome', 'Name'),
      description: f(
        { label: 'Descrizione', description: 'Cosa raccoglie la categoria, in una frase. Massimo 400 caratteri.' },
        { label: 'Description', description: 'What the category covers, in one sentence. At most 400 characters.' },
      ),
      services: f(
        { label: 'Servizi', description: 'I servizi che hanno questa categoria principale (si modifica dal servizio).' },
        { label: 'Services', description: 'The services whose main category this is (edited from the service).' },
      ),
    },
  },
  'api::place.place': {
    fields: {
      name: f(
        {
          label: 'Nome',
          description: 'Nome del luogo come lo riconoscono i cittadini. Massimo 160 caratteri.',
          placeholder: 'es. Sede ASST di Breno',
        },
        {
          label: 'Name',
          description: 'Name of the place as citizens know it. At most 160 characters.',
          placeholder: 'e.g. ASST offices in Breno',
        },
      ),
      slug: slug('Nome', 'Name'),
      description: f(
        { label: 'Descrizione', description: 'Come riconoscere il luogo e come arrivarci. Massimo 1000 caratteri.' },
        { label: 'Description', description: 'How to recognise the place and how to get there. At most 1000 characters.' },
      ),
      address: f(
        { label: 'Indirizzo', description: 'Via e numero civico. Uguale in tutte le lingue.', placeholder: 'es. Via Nazionale 1' },
        { label: 'Address', description: 'Street and number. The same in every language.', placeholder: 'e.g. Via Nazionale 1' },
      ),
      postalCode: f(
        { label: 'CAP', description: 'Codice di avviamento postale, 5 cifre.', placeholder: '25043' },
        { label: 'Postcode', description: 'Italian postcode, 5 digits.', placeholder: '25043' },
      ),
      municipality: f(
        { label: 'Comune', description: 'Il comune in cui si trova il luogo.', placeholder: 'es. Breno' },
        { label: 'Municipality', description: 'The municipality where the place is.', placeholder: 'e.g. Breno' },
      ),
      latitude: f(
        { label: 'Latitudine', description: 'Coordinate per la mappa, in gradi decimali (es. 45.956).', placeholder: '45.956' },
        { label: 'Latitude', description: 'Coordinates for the map, in decimal degrees (e.g. 45.956).', placeholder: '45.956' },
      ),
      longitude: f(
        { label: 'Longitudine', description: 'Coordinate per la mappa, in gradi decimali (es. 10.302).', placeholder: '10.302' },
        { label: 'Longitude', description: 'Coordinates for the map, in decimal degrees (e.g. 10.302).', placeholder: '10.302' },
      ),
      accessConditions: f(
        {
          label: 'Modalità di accesso',
          description: 'Accessibilità per persone con disabilità, parcheggi, mezzi pubblici, come entrare. Massimo 1000 caratteri.',
        },
        { label: 'Access conditions', description: 'Step-free access, parking, public transport, how to get in. At most 1000 characters.' },
      ),
      openingHours: f(
        { label: 'Orari di apertura', description: 'Un orario per ogni giorno di apertura. Uguali in tutte le lingue.' },
        { label: 'Opening hours', description: 'One line per opening day. The same in every language.' },
      ),
      closures: closures('la sede', 'the place'),
      contacts: contacts('della sede', 'of the place'),
    },
  },
  'api::language.language': {
    fields: {
      name: f(
        {
          label: 'Nome della lingua',
          description: 'Il nome della lingua nella lingua di questa versione (in italiano: «arabo»). Massimo 80 caratteri.',
          placeholder: 'es. Arabo',
        },
        {
          label: 'Language name',
          description: 'The name of the language in the language of this version (in English: "Arabic"). At most 80 characters.',
          placeholder: 'e.g. Arabic',
        },
      ),
      isoCode: f(
        {
          label: 'Codice ISO',
          description: 'Codice ISO 639 della lingua, 2 o 3 lettere minuscole. Uguale in tutte le lingue.',
          placeholder: 'ar',
        },
        {
          label: 'ISO code',
          description: 'ISO 639 code of the language, 2 or 3 lowercase letters. The same in every language.',
          placeholder: 'ar',
        },
      ),
      nativeName: f(
        {
          label: 'Nome nella lingua stessa',
          description: 'Come la chiamano i suoi parlanti (es. العربية). Uguale in tutte le lingue.',
          placeholder: 'العربية',
        },
        {
          label: 'Native name',
          description: 'What its speakers call it (e.g. العربية). The same in every language.',
          placeholder: 'العربية',
        },
      ),
    },
  },
  'api::notice.notice': {
    fields: {
      severity: f(
        {
          label: 'Importanza',
          description:
            'Informazione, attenzione o urgente: il portale lo scrive accanto al titolo, con un simbolo, non solo con un colore. Uguale in tutte le lingue.',
        },
        {
          label: 'Severity',
          description:
            'Information, warning or urgent: the portal says it next to the title, with a symbol, not by colour alone. The same in every language.',
        },
      ),
      title: f(
        {
          label: 'Titolo',
          description: 'Cosa cambia, in poche parole. Massimo 160 caratteri, meglio sotto 80.',
          placeholder: 'es. Sportello stranieri: orario ridotto',
        },
        {
          label: 'Title',
          description: 'What changes, in a few words. At most 160 characters, better under 80.',
          placeholder: 'e.g. Foreigners desk: reduced hours',
        },
      ),
      summary: f(
        {
          label: 'Testo',
          description: 'Cosa deve sapere o fare chi legge, in una o due frasi semplici. Massimo 300 caratteri.',
          placeholder: 'es. Fino al 20 giugno si riceve solo su appuntamento: chiamate lo 0364 22693.',
        },
        {
          label: 'Text',
          description: 'What the reader needs to know or do, in one or two plain sentences. At most 300 characters.',
          placeholder: 'e.g. Until 20 June by appointment only: call 0364 22693.',
        },
      ),
      startsAt: f(
        {
          label: 'In vigore dal',
          description: "Data e ora da cui l'avviso appare, ora italiana (Europe/Rome). Uguale in tutte le lingue.",
        },
        {
          label: 'In force from',
          description: 'Date and time from which the notice appears, Italian time (Europe/Rome). The same in every language.',
        },
      ),
      endsAt: f(
        {
          label: 'In vigore fino al',
          description: "Data e ora in cui l'avviso scompare, ora italiana. Vuoto: resta finché non lo si ritira dalla pubblicazione.",
        },
        {
          label: 'In force until',
          description: 'Date and time at which the notice disappears, Italian time. Empty: it stays until unpublished.',
        },
      ),
      wholeSite: f(
        {
          label: 'Tutto il sito',
          description:
            'Sì: appare su ogni pagina del portale. No: sulla pagina iniziale e sulle pagine dei servizi, luoghi ed eventi scelti sotto.',
        },
        {
          label: 'Whole site',
          description:
            'Yes: shown on every page of the portal. No: on the home page and the pages of the services, places and events chosen below.',
        },
      ),
      services: f(
        { label: 'Servizi interessati', description: "L'avviso appare sulla pagina di ciascuno." },
        { label: 'Services concerned', description: 'The notice appears on the page of each.' },
      ),
      places: f(
        {
          label: 'Luoghi interessati',
          description: "L'avviso appare sulle pagine dei servizi e degli eventi che si svolgono in questi luoghi.",
        },
        { label: 'Places concerned', description: 'The notice appears on the pages of the services and events held at these places.' },
      ),
      events: f(
        { label: 'Eventi interessati', description: "L'avviso appare sulla pagina di ciascuno." },
        { label: 'Events concerned', description: 'The notice appears on the page of each.' },
      ),
    },
  },
  'api::global.global': {
    fields: {
      siteName: f(
        {
          label: 'Nome del sito',
          description: 'Appare in cima a ogni pagina e nel titolo della finestra. Massimo 120 caratteri.',
          placeholder: 'es. Welfare Valle Camonica',
        },
        {
          label: 'Site name',
          description: 'Shown at the top of every page and in the window title. At most 120 characters.',
          placeholder: 'e.g. Valle Camonica Welfare',
        },
      ),
      agencyName: f(
        {
          label: "Nome dell'ente",
          description: "Nome completo dell'ente titolare del sito. Massimo 200 caratteri.",
          placeholder: 'Azienda Territoriale per i Servizi alla Persona',
        },
        {
          label: 'Agency name',
          description: 'Full name of the body that owns the site. At most 200 characters.',
          placeholder: 'Local Agency for Personal Services',
        },
      ),
      tagline: f(
        {
          label: 'Motto',
          description: 'Una frase sotto il nome del sito. Massimo 300 caratteri.',
          placeholder: 'es. Servizi alla persona in Valle Camonica',
        },
        {
          label: 'Tagline',
          description: 'One sentence under the site name. At most 300 characters.',
          placeholder: 'e.g. Personal services in Valle Camonica',
        },
      ),
      address: f(
        {
          label: 'Indirizzo della sede',
          description: "Indirizzo della sede dell'ente, nel piè di pagina. Uguale in tutte le lingue.",
          placeholder: 'es. Via Nissolina 2, 25043 Breno (BS)',
        },
        {
          label: 'Head office address',
          description: 'Address of the agency, in the footer. The same in every language.',
          placeholder: 'e.g. Via Nissolina 2, 25043 Breno (BS)',
        },
      ),
      contacts: contacts("dell'ente, nel piè di pagina", 'of the agency, in the footer'),
      closures: closures("ogni sede dell'ente", 'every place of the agency'),
      urgentContacts: f(
        { label: 'Numeri utili urgenti', description: 'Numeri di emergenza e di aiuto da mostrare in evidenza. Massimo 600 caratteri.' },
        { label: 'Urgent numbers', description: 'Emergency and help numbers to show prominently. At most 600 characters.' },
      ),
      fundingNotice: f(
        {
          label: 'Avviso di finanziamento',
          description: 'Il testo obbligatorio sul finanziamento UE/FAMI, in ogni pagina. Massimo 600 caratteri.',
        },
        { label: 'Funding notice', description: 'The mandatory EU/FAMI funding text, on every page. At most 600 characters.' },
      ),
      footerPages: f(
        { label: 'Pagine nel piè di pagina', description: 'Le pagine linkate in fondo a ogni pagina (privacy, accessibilità…).' },
        { label: 'Footer pages', description: 'The pages linked at the bottom of every page (privacy, accessibility…).' },
      ),
      accessibilityStatementUrl: f(
        {
          label: 'Dichiarazione di accessibilità (AGID)',
          description:
            "L'indirizzo della dichiarazione pubblicata su form.agid.gov.it, linkato nel piè di pagina. Uguale in tutte le lingue.",
          placeholder: 'https://form.agid.gov.it/view/…',
        },
        {
          label: 'Accessibility statement (AGID)',
          description: 'The address of the statement published on form.agid.gov.it, linked in the footer. The same in every language.',
          placeholder: 'https://form.agid.gov.it/view/…',
        },
      ),
      accessibilityContactEmail: f(
        {
          label: 'E-mail per segnalare problemi di accessibilità',
          description:
            'Dove i cittadini segnalano un problema di accessibilità del sito (meccanismo di feedback della dichiarazione). Nel piè di pagina.',
        },
        {
          label: 'E-mail for accessibility problems',
          description: "Where citizens report an accessibility problem of the site (the statement's feedback mechanism). In the footer.",
        },
      ),
    },
  },
  // Not content: citizens' answers, written by the portal's server only (no personal data).
  'api::page-rating.page-rating': {
    displayName: { it: 'Valutazioni delle pagine', en: 'Page ratings' },
    fields: {
      path: f(
        {
          label: 'Pagina',
          description: "L'indirizzo della pagina del portale valutata, con la lingua all'inizio.",
          placeholder: '/it/services/…',
        },
        { label: 'Page', description: 'The address of the portal page rated, starting with its language.', placeholder: '/it/services/…' },
      ),
      pageLocale: f(
        { label: 'Lingua', description: 'La lingua della pagina valutata (codice, es. it, ar).', placeholder: 'it' },
        { label: 'Language', description: 'The language of the page rated (code, e.g. it, ar).', placeholder: 'it' },
      ),
      score: f(
        { label: 'Stelle', description: 'Quanto sono chiare le informazioni, da 1 a 5 stelle.' },
        { label: 'Stars', description: 'How clear the information is, from 1 to 5 stars.' },
      ),
      reason: f(
        {
          label: 'Motivo',
          description: 'Il motivo scelto dalla lista: difficoltà (1–3 stelle) o aspetti apprezzati (4–5).',
          placeholder: 'unclear',
        },
        {
          label: 'Reason',
          description: 'The reason picked from the list: difficulties (1–3 stars) or what helped (4–5).',
          placeholder: 'unclear',
        },
      ),
      comment: f(
        { label: 'Commento', description: 'Il commento facoltativo del cittadino, al massimo 200 caratteri.' },
        { label: 'Comment', description: "The citizen's optional comment, at most 200 characters." },
      ),
    },
  },
  // Machine translation (src/machine-translation): the glossary staff edit, and two records the CMS keeps.
  'api::glossary-term.glossary-term': {
    displayName: { it: 'Glossario della traduzione automatica', en: 'Machine translation glossary' },
    fields: {
      term: f(
        {
          label: 'Termine',
          description:
            "Un nome dell'ente che la traduzione automatica lascia com'è, in ogni lingua: progetti, uffici, luoghi (es. Consulta Stranieri). Scritto come nei testi italiani.",
          placeholder: 'Consulta Stranieri',
        },
        {
          label: 'Term',
          description:
            'A name of the agency that machine translation keeps as it is, in every language: projects, offices, places (e.g. Consulta Stranieri). Written as in the Italian texts.',
          placeholder: 'Consulta Stranieri',
        },
      ),
      note: f(
        { label: 'Nota', description: 'Facoltativa, per la redazione: perché il termine non si traduce.' },
        { label: 'Note', description: 'Optional, for staff: why the term is not translated.' },
      ),
    },
  },
  'api::machine-translation.machine-translation': {
    displayName: { it: 'Traduzione automatica', en: 'Machine translation' },
    fields: {
      contentType: f(
        { label: 'Tipo di contenuto', description: 'Il tipo della voce tradotta.', placeholder: 'api::service.service' },
        { label: 'Content type', description: 'The type of the translated entry.', placeholder: 'api::service.service' },
      ),
      entryDocumentId: f(
        { label: 'Voce', description: 'Il documentId della voce tradotta.', placeholder: 'k2v8…' },
        { label: 'Entry', description: 'The documentId of the translated entry.', placeholder: 'k2v8…' },
      ),
      entryLocale: f(
        { label: 'Lingua', description: 'La lingua della bozza tradotta automaticamente.', placeholder: 'ar' },
        { label: 'Language', description: 'The language of the machine-drafted translation.', placeholder: 'ar' },
      ),
      provider: f(
        { label: 'Servizio', description: 'Il servizio che ha tradotto (DeepL, LibreTranslate).', placeholder: 'deepl' },
        { label: 'Provider', description: 'The provider that translated it (DeepL, LibreTranslate).', placeholder: 'deepl' },
      ),
      translatedAt: f(
        { label: 'Tradotta il', description: 'Quando è stata tradotta.' },
        { label: 'Translated at', description: 'When it was translated.' },
      ),
      translatedBy: f(
        { label: 'Richiesta da', description: 'Chi ha chiesto la traduzione.', placeholder: 'Mario Rossi' },
        { label: 'Requested by', description: 'Who asked for the translation.', placeholder: 'Mario Rossi' },
      ),
      draftUpdatedAt: f(
        {
          label: 'Bozza scritta il',
          description: 'Quando la traduzione automatica ha scritto la bozza: una modifica successiva è di una persona.',
        },
        { label: 'Draft written at', description: 'When machine translation wrote the draft: a later change is a person’s.' },
      ),
      characters: f(
        { label: 'Caratteri', description: 'I caratteri inviati al servizio.' },
        { label: 'Characters', description: 'The characters sent to the provider.' },
      ),
      reviewedAt: f(
        { label: 'Revisionata il', description: 'Quando una persona l’ha segnata come revisionata.' },
        { label: 'Reviewed at', description: 'When a person marked it reviewed.' },
      ),
      reviewedBy: f(
        { label: 'Revisionata da', description: 'Chi l’ha segnata come revisionata.', placeholder: 'Mario Rossi' },
        { label: 'Reviewed by', description: 'Who marked it reviewed.', placeholder: 'Mario Rossi' },
      ),
    },
  },
  'api::translation-usage.translation-usage': {
    displayName: { it: 'Consumo della traduzione automatica', en: 'Machine translation usage' },
    fields: {
      month: f(
        { label: 'Mese', description: 'Il mese (AAAA-MM, ora italiana).', placeholder: '2026-12' },
        { label: 'Month', description: 'The month (YYYY-MM, Italian time).', placeholder: '2026-12' },
      ),
      characters: f(
        { label: 'Caratteri', description: 'I caratteri inviati ai servizi nel mese.' },
        { label: 'Characters', description: 'The characters sent to the providers in the month.' },
      ),
      requests: f(
        { label: 'Traduzioni', description: 'Le traduzioni fatte nel mese.' },
        { label: 'Translations', description: 'The translations made in the month.' },
      ),
    },
  },
};

const weekday = f(
  { label: 'Giorno della settimana', description: 'Il giorno a cui si riferisce questo orario.' },
  { label: 'Weekday', description: 'The day these hours are for.' },
);
const opens = f(
  { label: 'Dalle', description: 'Ora di inizio (ora italiana).', placeholder: '09:00' },
  { label: 'From', description: 'Start time (Italian time).', placeholder: '09:00' },
);
const closes = f(
  { label: 'Alle', description: 'Ora di fine (ora italiana).', placeholder: '12:30' },
  { label: 'To', description: 'End time (Italian time).', placeholder: '12:30' },
);

export const COMPONENT_LABELS: Record<string, ModelLabels> = {
  'contact.channel': {
    displayName: { it: 'Recapito', en: 'Contact channel' },
    fields: {
      kind: f(
        { label: 'Tipo', description: 'Telefono, cellulare, WhatsApp o e-mail: decide come il portale lo rende cliccabile.' },
        { label: 'Kind', description: 'Phone, mobile, WhatsApp or e-mail: decides how the portal makes it clickable.' },
      ),
      value: f(
        {
          label: 'Numero o indirizzo',
          description: 'Il numero con prefisso (es. +39 0364 000000) o l’indirizzo e-mail di un ufficio. Mai recapiti personali.',
          placeholder: '+39 0364 000000',
        },
        {
          label: 'Number or address',
          description: 'The number with its prefix (e.g. +39 0364 000000) or the e-mail address of an office. Never personal contacts.',
          placeholder: '+39 0364 000000',
        },
      ),
      e164: f(
        {
          label: 'Numero internazionale (E.164)',
          description: 'Scritto dal sistema al salvataggio (es. +39036422693), usato per chiamare e per WhatsApp: non serve compilarlo.',
          placeholder: '+39036422693',
        },
        {
          label: 'International number (E.164)',
          description: 'Written by the system on save (e.g. +39036422693), used for calls and WhatsApp: no need to fill it in.',
          placeholder: '+39036422693',
        },
      ),
      person: f(
        {
          label: 'Riferimento',
          description: "L'ufficio o il ruolo che risponde (non il nome di un mediatore). Massimo 120 caratteri.",
          placeholder: 'es. Segreteria',
        },
        {
          label: 'Reference',
          description: 'The office or role that answers (not a mediator’s name). At most 120 characters.',
          placeholder: 'e.g. Front office',
        },
      ),
    },
  },
  'schedule.opening-hours': {
    displayName: { it: 'Orario di apertura', en: 'Opening hours' },
    fields: {
      weekday,
      opens,
      closes,
      byAppointment: f(
        {
          label: 'Solo su appuntamento',
          description: 'Attivo se in questo orario si riceve solo su appuntamento: il portale non dice «aperto».',
        },
        { label: 'By appointment only', description: 'On when these hours are by appointment only: the portal does not say "open".' },
      ),
    },
  },
  'schedule.recurrence': {
    displayName: { it: 'Ripetizione', en: 'Repetition' },
    fields: {
      frequency: f(
        { label: 'Ogni', description: 'Ogni giorno, ogni settimana o ogni mese.' },
        { label: 'Every', description: 'Every day, every week or every month.' },
      ),
      interval: f(
        { label: 'Intervallo', description: '1 = ogni settimana (o giorno, o mese); 2 = una sì e una no; e così via, fino a 52.' },
        { label: 'Interval', description: '1 = every week (or day, or month); 2 = every other one; and so on, up to 52.' },
      ),
      monday: f(
        { label: 'Lunedì', description: 'Settimanale: si ripete di lunedì. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Monday', description: 'Weekly: repeats on Monday. No day chosen: the weekday of the first date.' },
      ),
      tuesday: f(
        { label: 'Martedì', description: 'Settimanale: si ripete di martedì. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Tuesday', description: 'Weekly: repeats on Tuesday. No day chosen: the weekday of the first date.' },
      ),
      wednesday: f(
        { label: 'Mercoledì', description: 'Settimanale: si ripete di mercoledì. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Wednesday', description: 'Weekly: repeats on Wednesday. No day chosen: the weekday of the first date.' },
      ),
      thursday: f(
        { label: 'Giovedì', description: 'Settimanale: si ripete di giovedì. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Thursday', description: 'Weekly: repeats on Thursday. No day chosen: the weekday of the first date.' },
      ),
      friday: f(
        { label: 'Venerdì', description: 'Settimanale: si ripete di venerdì. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Friday', description: 'Weekly: repeats on Friday. No day chosen: the weekday of the first date.' },
      ),
      saturday: f(
        { label: 'Sabato', description: 'Settimanale: si ripete di sabato. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Saturday', description: 'Weekly: repeats on Saturday. No day chosen: the weekday of the first date.' },
      ),
      sunday: f(
        { label: 'Domenica', description: 'Settimanale: si ripete di domenica. Nessun giorno scelto: il giorno della prima data.' },
        { label: 'Sunday', description: 'Weekly: repeats on Sunday. No day chosen: the weekday of the first date.' },
      ),
      monthlyPosition: f(
        {
          label: 'Nel mese',
          description:
            'Mensile: lo stesso giorno del mese della prima data, oppure il primo, secondo, terzo, quarto o ultimo dello stesso giorno della settimana (es. il primo martedì).',
        },
        {
          label: 'In the month',
          description:
            'Monthly: the same day of the month as the first date, or the first, second, third, fourth or last of the same weekday (e.g. the first Tuesday).',
        },
      ),
      until: f(
        {
          label: 'Fino al',
          description:
            'L’ultimo giorno in cui può cadere una data (al massimo due anni dopo la prima). Indicare questo oppure «Quante volte».',
        },
        {
          label: 'Until',
          description: 'The last day a date may fall on (at most two years after the first). Give this or "How many times".',
        },
      ),
      count: f(
        {
          label: 'Quante volte',
          description: 'Il numero di date in tutto, la prima compresa (al massimo 400). Indicare questo oppure «Fino al».',
        },
        { label: 'How many times', description: 'The number of dates in all, the first included (at most 400). Give this or "Until".' },
      ),
      exceptions: f(
        { label: 'Date saltate', description: 'Le date in cui l’evento non si tiene (festività, vacanze scolastiche).' },
        { label: 'Skipped dates', description: 'The dates the event does not take place (holidays, school breaks).' },
      ),
    },
  },
  'schedule.excluded-date': {
    displayName: { it: 'Data saltata', en: 'Skipped date' },
    fields: {
      date: f(
        { label: 'Data', description: 'Il giorno in cui l’evento non si tiene.' },
        { label: 'Date', description: 'The day the event does not take place.' },
      ),
    },
  },
  'schedule.closure': {
    displayName: { it: 'Chiusura', en: 'Closure' },
    fields: {
      startDate: f(
        { label: 'Dal giorno', description: 'Il primo giorno della chiusura.' },
        { label: 'From day', description: 'The first day of the closure.' },
      ),
      endDate: f(
        { label: 'Al giorno', description: 'L’ultimo giorno, compreso. Vuoto per un giorno solo.' },
        { label: 'To day', description: 'The last day, included. Empty for a single day.' },
      ),
      kind: f(
        { label: 'Tipo', description: 'Chiuso, oppure aperto solo su appuntamento.' },
        { label: 'Kind', description: 'Closed, or open by appointment only.' },
      ),
      fromTime: f(
        { label: 'Dalle ore', description: 'Vuoto: dall’inizio della giornata (ora italiana).', placeholder: '12:00' },
        { label: 'From time', description: 'Empty: from the start of the day (Italian time).', placeholder: '12:00' },
      ),
      toTime: f(
        {
          label: 'Alle ore',
          description: 'Vuoto: fino alla fine della giornata (ora italiana). Entrambi vuoti: tutto il giorno.',
          placeholder: '18:00',
        },
        { label: 'To time', description: 'Empty: until the end of the day (Italian time). Both empty: all day.', placeholder: '18:00' },
      ),
      reason: f(
        { label: 'Motivo', description: 'Il motivo che il portale mostra ai cittadini, tradotto in ogni lingua.' },
        { label: 'Reason', description: 'The reason the portal shows citizens, translated into every language.' },
      ),
    },
  },
  'schedule.presence': {
    displayName: { it: 'Presenza', en: 'Presence' },
    fields: {
      weekday,
      opens,
      closes,
      place: f(
        { label: 'Luogo', description: 'Dove il mediatore è presente in quell’orario.' },
        { label: 'Place', description: 'Where the mediator is present at those times.' },
      ),
    },
  },
};

/** Enumeration values as staff read them, by schema value. */
export const ENUMERATION_LABELS: Record<string, Record<AdminLanguage, string>> = {
  active: { it: 'Attivo', en: 'Active' },
  suspended: { it: 'Sospeso', en: 'Suspended' },
  closed: { it: 'Chiuso', en: 'Closed' },
  phone: { it: 'Telefono', en: 'Phone' },
  mobile: { it: 'Cellulare', en: 'Mobile' },
  whatsapp: { it: 'WhatsApp', en: 'WhatsApp' },
  email: { it: 'E-mail', en: 'E-mail' },
  monday: { it: 'Lunedì', en: 'Monday' },
  tuesday: { it: 'Martedì', en: 'Tuesday' },
  wednesday: { it: 'Mercoledì', en: 'Wednesday' },
  thursday: { it: 'Giovedì', en: 'Thursday' },
  friday: { it: 'Venerdì', en: 'Friday' },
  saturday: { it: 'Sabato', en: 'Saturday' },
  sunday: { it: 'Domenica', en: 'Sunday' },
  byAppointment: { it: 'Solo su appuntamento', en: 'By appointment only' },
  daily: { it: 'Giorno', en: 'Day' },
  weekly: { it: 'Settimana', en: 'Week' },
  monthly: { it: 'Mese', en: 'Month' },
  sameDay: { it: 'Stesso giorno del mese', en: 'Same day of the month' },
  first: { it: 'Primo', en: 'First' },
  second: { it: 'Secondo', en: 'Second' },
  third: { it: 'Terzo', en: 'Third' },
  fourth: { it: 'Quarto', en: 'Fourth' },
  last: { it: 'Ultimo', en: 'Last' },
  publicHoliday: { it: 'Festività', en: 'Public holiday' },
  localFeast: { it: 'Festa patronale o locale', en: "Patron saint's day or local feast" },
  agencyClosure: { it: "Chiusura dell'ente (ferie, ponte)", en: 'Closure of the agency (holidays)' },
  strike: { it: 'Sciopero', en: 'Strike' },
  weather: { it: 'Maltempo o neve', en: 'Bad weather or snow' },
  works: { it: 'Lavori o manutenzione', en: 'Works or maintenance' },
  other: { it: 'Altro motivo', en: 'Other reason' },
  info: { it: 'Informazione', en: 'Information' },
  warning: { it: 'Attenzione', en: 'Warning' },
  urgent: { it: 'Urgente', en: 'Urgent' },
};

/** Every model (content type or component) with its labels, by uid. */
export function modelLabels(uid: string): ModelLabels | undefined {
  return CONTENT_TYPE_LABELS[uid] ?? COMPONENT_LABELS[uid];
}
