import type { Decorator } from '@storybook/react-vite';

/**
 * For a component's inverse variant (`govuk-*--inverse`), which is made for dark backgrounds: the story sits on
 * GOV.UK brand blue, as in govuk-frontend's own examples.
 */
export const onBrandBlue: Decorator = (Story) => (
  <div style={{ backgroundColor: '#1d70b8', padding: '20px' }}>
    <Story />
  </div>
);
