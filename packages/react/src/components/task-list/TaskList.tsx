/** @jsxImportSource ../../internal/jsx */
import type { ReactNode } from 'react';
import { type Attributes, attributeProps } from '../../internal/attributes';
import { classNames } from '../../internal/classes';
import { contentProps } from '../../internal/content';
import { Tag, type TagProps } from '../tag/Tag';

/** Text, HTML or React content for a task's title, hint or status. */
export interface TaskListContent {
  /** Text to use. If `html` (or `children`) is provided, the `text` argument will be ignored. */
  text?: string | number;
  /** HTML to use. If `html` is provided, the `text` argument will be ignored. */
  html?: string;
  /** React content: the React form of `html`. */
  children?: ReactNode;
}

/** One task in the task list. */
export interface TaskListItem {
  /** The main title for the task within the task list component. */
  title: TaskListContent & {
    /** Classes to add to the title wrapper. */
    classes?: string;
  };
  /** Can be used to add a hint to each task within the task list component. */
  hint?: TaskListContent;
  /** The status for each task within the task list component. */
  status: TaskListContent & {
    /**
     * Can be used to add a tag to the status of the task within the task list component (the options of our `Tag`).
     * If given, `text` and `html` are ignored.
     */
    tag?: TagProps;
    /** Classes to add to the status container, such as `govuk-task-list__status--cannot-start-yet`. */
    classes?: string;
  };
  /**
   * The value of the link’s `href` attribute for the task list item. Leave it out while the task cannot be started:
   * the title is then plain text.
   */
  href?: string;
  /** Classes to add to the item `li`. */
  classes?: string;
}

/** The options of govuk-frontend's `govukTaskList` macro. */
export interface TaskListProps {
  /**
   * The items for each task within the task list component. Falsy items are skipped (so tasks can be included
   * conditionally) but still count towards the numbers in the ids.
   */
  items: readonly (TaskListItem | false | null | undefined | '')[];
  /** Classes to add to the `ul` container for the task list. */
  classes?: string;
  /** HTML attributes (for example data attributes) to add to the `ul` container for the task list. */
  attributes?: Attributes;
  /**
   * Optional prefix. This is used to prefix the `id` attribute for the task list item tag and hint, separated by
   * `-`. Defaults to `"task-list"`.
   */
  idPrefix?: string;
}

/** GOV.UK task list: the tasks a resident needs to complete, and the status of each. */
export function TaskList({ items, classes, attributes, idPrefix }: TaskListProps) {
  return (
    <ul {...attributeProps(attributes)} className={classNames('govuk-task-list', classes)}>
      {items.map(
        (item, index) =>
          // Ids number the tasks from 1, as the macro's `loop.index` does, counting skipped ones too.
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list rendered once; its order is its identity.
          item && <Task key={index} item={item} idPrefix={`${idPrefix || 'task-list'}-${index + 1}`} />,
      )}
    </ul>
  );
}

function Task({ item, idPrefix }: { item: TaskListItem; idPrefix: string }) {
  const { title, hint, status, href, classes } = item;
  const hintId = `${idPrefix}-hint`;
  const statusId = `${idPrefix}-status`;
  return (
    <li className={classNames('govuk-task-list__item', href && 'govuk-task-list__item--with-link', classes)}>
      <div className="govuk-task-list__name-and-hint">
        {href ? (
          <a
            className={classNames('govuk-link govuk-task-list__link', title.classes)}
            href={href}
            // The link's description is the hint and the status, so a screen reader hears "Not started" with it.
            aria-describedby={classNames(hint && hintId, statusId)}
            {...trimmedContent(title)}
          />
        ) : (
          <div className={title.classes || undefined} {...trimmedContent(title)} />
        )}
        {hint && <div id={hintId} className="govuk-task-list__hint" {...trimmedContent(hint)} />}
      </div>
      <div
        className={classNames('govuk-task-list__status', status.classes)}
        id={statusId}
        {...(status.tag ? { children: <Tag {...status.tag} /> } : trimmedContent(status))}
      />
    </li>
  );
}

function trimmedContent({ text, html, children }: TaskListContent) {
  return contentProps({ text, html: html?.trim(), children });
}
