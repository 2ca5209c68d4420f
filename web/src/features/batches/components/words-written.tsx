import { formatNumber } from '@/lib/format';
import type { ArticleProgress } from '@/types/api';

/** A running article's small bar: "312 / 1,200 words" written so far. */
export function WordsWritten({ progress }: { progress: ArticleProgress }) {
  const { words, targetWords } = progress;
  const percent = targetWords > 0 ? Math.min(100, (words / targetWords) * 100) : 0;
  const text = `${formatNumber(words)} / ${formatNumber(targetWords)} words`;
  return (
    <span className="words-written">
      <span
        className="words-written__track"
        role="progressbar"
        aria-label="Words written"
        aria-valuemin={0}
        aria-valuemax={targetWords}
        aria-valuenow={Math.min(words, targetWords)}
        aria-valuetext={text}
      >
        <span className="words-written__fill" style={{ width: `${percent}%` }} />
      </span>
      <span className="words-written__value">{text}</span>
    </span>
  );
}
