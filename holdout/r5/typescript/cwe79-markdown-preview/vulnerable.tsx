/**
 * React component that previews a comment written in Markdown before it is posted.
 * Renders the Markdown the way it will look once posted.
 */
import { marked } from 'marked';
import { useMemo } from 'react';

interface PreviewProps {
  source: string;
}

export function CommentPreview({ source }: PreviewProps) {
  const html = useMemo(() => marked.parse(source, { async: false }) as string, [source]);
  return <div className="comment-preview" dangerouslySetInnerHTML={{ __html: html }} />;
}
