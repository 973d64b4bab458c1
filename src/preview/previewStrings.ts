/** Danish texts of the preview page (the pane's own texts are in src/taskpane/strings.ts). */
export const P = {
  title: 'Forhåndsvisning af Dokumentationsark',
  intro: 'Opgaveruden til højre arbejder på en projektmappe i browseren, som opfører sig som Excel. Intet gemmes.',
  gridLabel: 'Projektmappe',
  sheetTabs: 'Ark i projektmappen',
  sheetTable: (sheet: string) => `Arket ${sheet}`,
  paneLabel: 'Opgaverude',
  sample: 'Indsæt 12 eksempelrækker',
  sampleNeedsSetup: 'Opret først arket under «Kom i gang» i ruden.',
  sampleDone: (rows: number) =>
    `${rows} eksempelrækker er indsat. Vælg en række, og besvar spørgsmålene under «Brugsmønster».`,
  download: 'Hent projektmappen (.xlsx)',
  downloadName: 'dokumentationsark.xlsx',
  downloadDone: 'Projektmappen er hentet som dokumentationsark.xlsx. Åbn den i Excel for at arbejde videre.',
  downloadFailed: 'Projektmappen kunne ikke hentes. Prøv igen.',
  officeLoaded: (loaded: boolean) =>
    loaded ? 'office.js er indlæst (uden for Excel).' : 'office.js blev ikke indlæst.',
};
