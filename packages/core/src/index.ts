/**
 * `@lgds/core`: the framework-free engine behind the shared council
 * transactions. It has no React and no DOM or Node-only APIs, so the same
 * code runs in the browser, in Node and at the edge.
 *
 * @packageDocumentation
 */

export {
  type AddressLookup,
  AddressLookupError,
  type AddressLookupOptions,
  exampleAddresses,
  type FoundAddress,
  fixtureAddressLookup,
  matchesBuilding,
} from './address/lookup';
export {
  ADDRESS_NOT_LISTED,
  type AddressAnswer,
  type AddressLookupSteps,
  addressAnswer,
  type ChooseAddressFields,
  type FindAddressFields,
  type ManualAddressFields,
  withAddressLookup,
} from './address/steps';
export {
  addDaysIso,
  type DatePart,
  type DateParts,
  type DatePartsResult,
  isIsoDate,
  readDateParts,
  todayIso,
} from './dates';
export { type FieldError, fieldNameKey } from './field-errors';
export type { ChoiceOptions } from './fields/choice';
export type { CommonOptions } from './fields/common';
export type { DateOptions } from './fields/date';
export { type FileOptions, fileTypesText, type UploadedFile } from './fields/file';
export type { NumberOptions } from './fields/number';
export type { TextOptions } from './fields/text';
export type {
  Field,
  FieldMap,
  FieldOption,
  FieldProblem,
  FieldResult,
  FieldType,
  FieldValues,
  FileLimits,
  RevealedBy,
} from './fields/types';
export {
  type AllResult,
  CHECK_ANSWERS,
  type CheckAnswersRow,
  createFlow,
  type DeliveredFile,
  type FieldView,
  type Flow,
  type FlowOptions,
  type FlowPosition,
  type OptionView,
  type Payload,
  type PaymentRecord,
  type StepResult,
  type StepView,
} from './flow';
export { formValue } from './form-value';
export { formatDate, formatFileSize, formatMoney } from './format';
export { type AddressWordKey, englishAddressWords, welshAddressWords } from './messages/address';
export type { CoreMessageKey } from './messages/en';
export {
  englishFileUploadWords,
  type FileUploadWordKey,
  welshFileUploadWords,
} from './messages/file-upload';
export { inEnglish } from './messages/in-english';
export { inWelsh } from './messages/in-welsh';
export { englishMonths, type MonthKey, monthWords, welshMonths } from './messages/months';
export {
  coreMessages,
  createTranslator,
  defineMessages,
  interpolate,
  missingTranslations,
  type Translator,
} from './messages/translate';
export {
  type Catalogue,
  type Catalogues,
  type Locale,
  type LocalText,
  locales,
  type Message,
  type MessageOverrides,
  type MessageParams,
  type MessageRef,
  type PluralMessage,
} from './messages/types';
export { normalisePostcode } from './postcode';
export { createReference, referencePattern } from './reference';
export {
  handleStepPost,
  handleStepPostAsync,
  type PostedBody,
  type PostedValue,
  readPostedStep,
  type StepPostOptions,
  type StepPostResult,
} from './server';
export {
  type AnswersOf,
  type AnswersSoFar,
  type AnyJourney,
  type AnyStep,
  type AnyTransaction,
  type CardPayment,
  type Derivation,
  type DerivedOf,
  type DescribeAnswer,
  defineJourney,
  defineStep,
  defineTransaction,
  type ExtraRow,
  type Journey,
  type JourneyConfig,
  type RulesInputOf,
  type RulesOf,
  type SentPayload,
  type Step,
  type StepContext,
  type StepIdOf,
  type StepLink,
  type StepNotes,
  type StepParams,
  type StepProblem,
  type SummaryRow,
  type Transaction,
  type TransactionAnswers,
  type TransactionConfig,
  type WordsContext,
} from './transaction';
