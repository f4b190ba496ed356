import { describeRules } from '@lgds/core/server';
import type { ComponentProps } from 'react';

type RulesSchema = Parameters<typeof describeRules>[0];

export interface RulesTableProps extends Pick<ComponentProps<'table'>, 'id'> {
  /** The transaction's rules schema, such as `gardenWasteRules`. */
  schema: RulesSchema;
  caption: string;
}

/**
 * Every setting of a rules schema, from `describeRules` in @lgds/core: its path, the kind of value it takes, its
 * default and what it does. The schema is the one source, so this table is never out of date.
 */
export function RulesTable({ schema, caption, id }: RulesTableProps) {
  const rules = describeRules(schema);
  return (
    <table className="govuk-table" id={id}>
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <colgroup>
        <col style={{ width: '30%' }} />
        <col style={{ width: '20%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '35%' }} />
      </colgroup>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Setting
          </th>
          <th scope="col" className="govuk-table__header">
            Type
          </th>
          <th scope="col" className="govuk-table__header">
            Default
          </th>
          <th scope="col" className="govuk-table__header">
            What it does
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rules.map((rule) => {
          const depth = rule.path.split('.').length - 1;
          return (
            <tr className="govuk-table__row" key={rule.path}>
              <th
                scope="row"
                className="govuk-table__header"
                style={{ paddingLeft: `${depth}em`, wordBreak: 'break-word' }}
              >
                <code>{rule.path}</code>
              </th>
              <td className="govuk-table__cell">{rule.type}</td>
              <td className="govuk-table__cell">
                {rule.default === undefined ? '' : <code>{JSON.stringify(rule.default)}</code>}
              </td>
              <td className="govuk-table__cell">{rule.description}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
