/** Twelve sagsområder of an invented kommune, as a project leader would have them after the first screening. */
import type { RowValues } from '../domain/schema';

export const SAMPLE_BUSINESS_AREAS = [
  'Borgerservice',
  'Job og Ydelse',
  'Social og Sundhed',
  'Børn og Familie',
  'Teknik og Miljø',
  'Skole og Dagtilbud',
];

export const SAMPLE_ROWS: RowValues[] = [
  {
    businessArea: 'Borgerservice',
    caseArea: 'Folkeregistrering',
    kle: '16.02.00',
    contactPerson: 'Mette Holm',
    usesKmdSag: 'Ja',
    caseworkerCount: 9,
  },
  {
    businessArea: 'Borgerservice',
    caseArea: 'Pas og kørekort',
    kle: '16.10.00',
    contactPerson: 'Mette Holm',
    usesKmdSag: 'Nej',
    usagePattern: '0',
  },
  {
    businessArea: 'Job og Ydelse',
    caseArea: 'Hjælp til forsørgelse',
    kle: '32.18.02',
    contactPerson: 'Anders Kjær',
    usesKmdSag: 'Ja',
    caseworkerCount: 34,
  },
  {
    businessArea: 'Job og Ydelse',
    caseArea: 'Sygedagpenge',
    kle: '32.12.00',
    contactPerson: 'Anders Kjær',
    usesKmdSag: 'Ja',
    caseworkerCount: 21,
  },
  {
    businessArea: 'Job og Ydelse',
    caseArea: 'Enkeltydelser',
    kle: '32.24.00',
    contactPerson: 'Sofie Lund',
    usesKmdSag: 'Ja',
    caseworkerCount: 12,
  },
  {
    businessArea: 'Social og Sundhed',
    caseArea: 'Personlig og praktisk hjælp',
    kle: '27.36.00',
    contactPerson: 'Birgitte Friis',
    caseworkerCount: 15,
  },
  {
    businessArea: 'Social og Sundhed',
    caseArea: 'Hjælpemidler',
    kle: '27.37.00',
    contactPerson: 'Birgitte Friis',
    caseworkerCount: 6,
  },
  {
    businessArea: 'Børn og Familie',
    caseArea: 'Særlig støtte til børn og unge',
    kle: '27.24.00',
    contactPerson: 'Jonas Bech',
    caseworkerCount: 28,
  },
  {
    businessArea: 'Teknik og Miljø',
    caseArea: 'Byggesagsbehandling',
    kle: '02.34.02',
    contactPerson: 'Lars Nygaard',
    caseworkerCount: 7,
  },
  {
    businessArea: 'Teknik og Miljø',
    caseArea: 'Miljøtilsyn med virksomheder',
    kle: '09.02.00',
    contactPerson: 'Lars Nygaard',
    caseworkerCount: 4,
  },
  {
    businessArea: 'Skole og Dagtilbud',
    caseArea: 'Pladsanvisning',
    kle: '28.03.00',
    contactPerson: 'Camilla Dahl',
    caseworkerCount: 3,
  },
  { businessArea: 'Skole og dagtilbud', caseArea: 'Skoleindskrivning', kle: '1701', contactPerson: 'Camilla Dahl' },
];
