import { ArticlePage } from '@/features/articles/components/article-page';
import { ArticleQualityCard } from '@/features/quality/components/article-quality';

/** The article page with its quality checks composed in (features do not import each other). */
export function ArticleRoute() {
  return (
    <ArticlePage
      sections={(article) =>
        article.status === 'SUCCEEDED' && (
          <ArticleQualityCard articleId={article.id} version={article.version} />
        )
      }
    />
  );
}
