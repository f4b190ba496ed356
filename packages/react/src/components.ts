// Every GOV.UK Design System component we ship. None of them uses hooks, so they render in React Server
// Components as well as on the client. Each folder holds the component, its fixture parity entry and tests.
export { Accordion, type AccordionProps } from './components/accordion/Accordion';
export { BackLink, type BackLinkProps } from './components/back-link/BackLink';
export { Breadcrumbs, type BreadcrumbsProps } from './components/breadcrumbs/Breadcrumbs';
export { Button, type ButtonProps } from './components/button/Button';
export { CharacterCount, type CharacterCountProps } from './components/character-count/CharacterCount';
export { Checkboxes, type CheckboxesProps } from './components/checkboxes/Checkboxes';
export { CookieBanner, type CookieBannerProps } from './components/cookie-banner/CookieBanner';
export { DateInput, type DateInputProps } from './components/date-input/DateInput';
export { Details, type DetailsProps } from './components/details/Details';
export { ErrorMessage, type ErrorMessageProps } from './components/error-message/ErrorMessage';
export { ErrorSummary, type ErrorSummaryProps } from './components/error-summary/ErrorSummary';
export { ExitThisPage, type ExitThisPageProps } from './components/exit-this-page/ExitThisPage';
export { Feedback, type FeedbackProps } from './components/feedback/Feedback';
export { Fieldset, type FieldsetProps } from './components/fieldset/Fieldset';
export { FileUpload, type FileUploadProps } from './components/file-upload/FileUpload';
export { Footer, type FooterProps } from './components/footer/Footer';
export type { LooseContentOptions } from './components/form-group/field';
export { GenericHeader, type GenericHeaderProps } from './components/generic-header/GenericHeader';
export { Header, type HeaderProps } from './components/header/Header';
export { Hint, type HintProps } from './components/hint/Hint';
export { Input, type InputProps } from './components/input/Input';
export { InsetText, type InsetTextProps } from './components/inset-text/InsetText';
export { Label, type LabelProps } from './components/label/Label';
export { LanguageNavigation, type LanguageNavigationProps } from './components/language-navigation/LanguageNavigation';
export { NotificationBanner, type NotificationBannerProps } from './components/notification-banner/NotificationBanner';
export { Pagination, type PaginationProps } from './components/pagination/Pagination';
export { Panel, type PanelProps } from './components/panel/Panel';
export { PasswordInput, type PasswordInputProps } from './components/password-input/PasswordInput';
export { PhaseBanner, type PhaseBannerProps } from './components/phase-banner/PhaseBanner';
export { Radios, type RadiosProps } from './components/radios/Radios';
export { Select, type SelectProps } from './components/select/Select';
export { ServiceNavigation, type ServiceNavigationProps } from './components/service-navigation/ServiceNavigation';
export { SkipLink, type SkipLinkProps } from './components/skip-link/SkipLink';
export { SummaryList, type SummaryListProps } from './components/summary-list/SummaryList';
export { Table, type TableProps } from './components/table/Table';
export { Tabs, type TabsProps } from './components/tabs/Tabs';
export { Tag, type TagProps } from './components/tag/Tag';
export { TaskList, type TaskListProps } from './components/task-list/TaskList';
export { Textarea, type TextareaProps } from './components/textarea/Textarea';
export { WarningText, type WarningTextProps } from './components/warning-text/WarningText';
// The journey's pages, also free of hooks: servers render them for forms posted without JavaScript, and
// `<TransactionFlow>` renders the same markup in the browser.
export { CheckAnswersPage, type CheckAnswersPageProps } from './flow/CheckAnswersPage';
export { ConfirmationPage, type ConfirmationPageProps } from './flow/ConfirmationPage';
export { type Binding, FieldControl, type FieldControlProps } from './flow/FieldControl';
export { defaultPageHref, type PageHref } from './flow/links';
export { type SecondaryAction, StepPage, type StepPageProps } from './flow/StepPage';
export {
  type PagePosition,
  pageTitle,
  positionToShow,
  TransactionPage,
  type TransactionPageProps,
} from './flow/TransactionPage';
export type { Attributes } from './internal/attributes';
export type { Content } from './internal/content';
export type { PluralMessages } from './internal/i18n';
