// The home page, /: the council's online services, in English.
import { HomePage } from '../../components/HomePage';

export default function Page({ searchParams }: PageProps<'/'>) {
  return <HomePage locale="en" searchParams={searchParams} />;
}
