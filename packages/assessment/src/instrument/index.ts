export { defineInstrument, isDefinedInstrument } from './define';
export {
  InstrumentSpecSchema,
  ItemSchema,
  ScaleSchema,
  ResponseScaleSchema,
  BandSchema,
  MissingCodesSchema,
  type Instrument,
  type InstrumentSpec,
  type Item,
  type Scale,
  type ResponseScale,
  type Band,
  AudienceSchema,
  type Audience,
} from './spec';
export { itemsFor, answersNotAsked } from './audience';
export { ANSWER_STATUSES, bandOf, type AnswerStatus } from './compile';
export { instrumentFor, instrumentJsonSchema } from './registry';
