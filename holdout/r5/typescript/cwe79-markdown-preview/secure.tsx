/**
 * React component that previews a comment written in Markdown before it is posted.
 * Renders the Markdown the way it will look once posted.
 */
import ReactMarkdown from 'react-markdown';

interface PreviewProps {
  source: string;
}

// react-markdown builds React elements and drops raw HTML found in the source.
export function CommentPreview({ source }: PreviewProps) {
  return (
    <div className="comment-preview">
      <ReactMarkdown skipHtml>{source}</ReactMarkdown>
    </div>
  );
}
