// /services itself: the service's list of the council's online services (its pages below are in [...path]).
export { GET, POST } from './[...path]/route';
