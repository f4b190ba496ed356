import type { ParityEntry } from '../../parity/types';
import { NotificationBanner, type NotificationBannerProps } from './NotificationBanner';

export const parity: ParityEntry = {
  component: 'notification-banner',
  render: (options) => <NotificationBanner {...(options as NotificationBannerProps)} />,
};
