// The Welsh home page, /cy: the council's online services, in Welsh.
import { HomePage } from '../../../components/HomePage';

export default function Page({ searchParams }: PageProps<'/cy'>) {
  return <HomePage locale="cy" searchParams={searchParams} />;
}
