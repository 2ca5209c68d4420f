import { useState } from 'react';

import { ErrorMessage } from '@/components/ui/error-message';
import { ReviewBadge } from '@/components/ui/review-badge';
import { formatDateTime } from '@/lib/format';
import { showToast } from '@/lib/toasts';
import type { Article } from '@/types/api';

import { useReviewArticle } from '../api/review-article';

/**
 * The review of a finished article: its state (who decided, when, a rejection's note) and the
 * buttons to approve it or reject it with a note. A regenerate of a rejected article adds the note
 * to its instructions.
 */
export function ArticleReview({ article }: { article: Article }) {
  const mutation = useReviewArticle();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  if (article.status !== 'SUCCEEDED') return null;
  const { review } = article;

  const decide = (state: 'APPROVED' | 'REJECTED' | 'UNREVIEWED', text?: string) =>
    mutation.mutate(
      { id: article.id, state, note: text },
      {
        onSuccess: () => {
          setRejecting(false);
          setNote('');
          showToast({
            id: `review-${article.id}`,
            kind: 'success',
            message:
              state === 'APPROVED'
                ? `“${article.keyword}” approved.`
                : state === 'REJECTED'
                  ? `“${article.keyword}” rejected. Regenerate it to write it again with your note.`
                  : `“${article.keyword}” is unreviewed again.`,
          });
        },
      },
    );

  return (
    <section className="card" aria-labelledby="article-review-title">
      <div className="card__header">
        <h2 id="article-review-title">Review</h2>
        <div className="actions__buttons">
          {review.state !== 'APPROVED' && (
            <button
              type="button"
              className="button button--primary"
              disabled={mutation.isPending}
              onClick={() => decide('APPROVED')}
            >
              Approve
            </button>
          )}
          {!rejecting && (
            <button
              type="button"
              className="button"
              disabled={mutation.isPending}
              onClick={() => setRejecting(true)}
            >
              {review.state === 'REJECTED' ? 'Change the note' : 'Reject…'}
            </button>
          )}
          {review.state !== 'UNREVIEWED' && (
            <button
              type="button"
              className="button button--link"
              disabled={mutation.isPending}
              onClick={() => decide('UNREVIEWED')}
            >
              Mark unreviewed
            </button>
          )}
        </div>
      </div>
      <p>
        <ReviewBadge state={review.state} />{' '}
        {review.by && (
          <span className="muted small">
            by {review.by}, {formatDateTime(review.at)}
          </span>
        )}
      </p>
      {review.state === 'REJECTED' && review.note && (
        <blockquote className="review-note" aria-label="Reviewer's note">
          {review.note}
        </blockquote>
      )}
      {rejecting && (
        <form
          className="review-form"
          onSubmit={(e) => {
            e.preventDefault();
            decide('REJECTED', note);
          }}
        >
          <label className="field">
            <span>What is wrong? The note goes into the instructions when it is regenerated.</span>
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              rows={3}
              required
            />
          </label>
          <div className="actions__buttons">
            <button
              type="submit"
              className="button button--danger"
              disabled={mutation.isPending || note.trim() === ''}
            >
              Reject
            </button>
            <button type="button" className="button" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {mutation.isError && (
        <ErrorMessage title="Could not save the review" error={mutation.error} />
      )}
    </section>
  );
}
