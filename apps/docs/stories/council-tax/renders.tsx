import type { AnyTransaction, Payload } from '@lgds/core';
import type { Meta } from '@storybook/react-vite';
import { CouncilTaxJourney } from './CouncilTaxJourney';
import { RulesPlayground } from './RulesPlayground';
import { residentOf } from './StepPreview';
import { type Kind, storySetting } from './transactions';

// The renders the journey and playground stories of every council tax transaction share: each story file still
// writes its own meta, as Storybook's indexer reads it, and takes its render from here.

/** The args of every council tax journey and playground story. */
export interface JourneyArgs {
  /** Where a council's site sends the payload to its back office. Here, a spy the play function checks. */
  onSubmit: (payload: Payload<AnyTransaction>) => void;
}

type Render = NonNullable<Meta<JourneyArgs>['render']>;

/** The transaction's journey for the toolbar's council and language, on the day of that council's resident. */
export const renderJourney =
  (kind: Kind): Render =>
  (args, { globals }) => {
    const { council, locale } = storySetting(globals, kind);
    return (
      <CouncilTaxJourney
        kind={kind}
        council={council}
        locale={locale}
        today={residentOf(kind, council).today}
        onSubmit={args.onSubmit}
      />
    );
  };

/** The transaction's rules playground, starting from the toolbar council's preset, on that council's resident's day. */
export const renderPlayground =
  (kind: Kind): Render =>
  (args, { globals }) => {
    const { council, locale } = storySetting(globals, kind);
    return (
      <RulesPlayground
        kind={kind}
        council={council}
        locale={locale}
        today={residentOf(kind, council).today}
        onSubmit={args.onSubmit}
      />
    );
  };
