// Words kept in lower case inside a name, as in "Stratford-upon-Avon", "Newcastle upon Tyne", "Ashby-de-la-Zouch",
// and in Welsh "Heol y Castell", "Betws-y-Coed", "Pen-y-bont ar Ogwr", "Llanfair-ym-Muallt".
const smallWords = new Set([
  'and',
  'at',
  'by',
  'de',
  'en',
  'in',
  'la',
  'le',
  'of',
  'on',
  'super',
  'the',
  'under',
  'upon',
  'ar',
  'y',
  'ym',
  'yn',
  'yng',
  'yr',
]);

const upperFirst = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A lower-case word with its first letter in capitals, and the one after "Mc" too ("McAdam"). */
const capital = (word: string) => (/^mc\p{L}{2,}$/u.test(word) ? `Mc${upperFirst(word.slice(2))}` : upperFirst(word));

/** One word (no spaces or hyphens) in title case; `inside` when it is not the first word of its part. */
function titleWord(word: string, inside: boolean, last: boolean): string {
  const lower = word.toLowerCase();
  // Numbers keep their letters in capitals: "2A", "12B", "1-3".
  if (/\d/.test(word)) return word.toUpperCase();
  // A lone letter at the end names a flat or block ("Flat A", "Block C"); inside, "y" is the Welsh article.
  if (/^\p{L}$/u.test(word) && (last || lower !== 'y')) return word.toUpperCase();
  if (inside && smallWords.has(lower)) return lower;
  // An apostrophe: "St. John's", "Tŷ'r Ysgol" keep the end small; "O'Neill", "D'Arcy" do not.
  const apostrophe = /^(\p{L}+)(['’])(\p{L}+)$/u.exec(lower);
  if (apostrophe) {
    const [, before = '', mark = '', after = ''] = apostrophe;
    return `${capital(before)}${mark}${after === 's' || after === 'r' ? after : capital(after)}`;
  }
  return capital(lower);
}

/**
 * An address part in capitals ("FLAT 2A, ST. JOHN'S COURT", "STRATFORD-UPON-AVON") in title case, as GOV.UK's
 * address pattern shows addresses to residents ("Flat 2A, St. John's Court", "Stratford-upon-Avon"). Not for
 * postcodes, which stay in capitals.
 */
export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s*,\s*/)
    .map((part) => {
      const words = part.split(/\s+/);
      return words
        .map((word, index) =>
          word
            .split('-')
            .map((piece, pieceIndex, pieces) =>
              titleWord(
                piece,
                index > 0 || pieceIndex > 0,
                index === words.length - 1 && pieceIndex === pieces.length - 1,
              ),
            )
            .join('-'),
        )
        .join(' ');
    })
    .join(', ');
}
