import { Anchor, Blockquote, Code, List, Text, Title } from '@mantine/core';
import type { TitleOrder } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import type { ReactNode } from 'react';
import { parseMarkdown } from '../utils/markdown';
import type { Inline } from '../utils/markdown';

function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={index}>{node.text}</Fragment>;
      case 'break':
        return <br key={index} />;
      case 'strong':
        return <strong key={index}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInline(node.children)}</em>;
      case 'code':
        return <Code key={index}>{node.text}</Code>;
      case 'link': {
        const external = !node.href.startsWith('/');
        return (
          <Anchor key={index} href={node.href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
            {renderInline(node.children)}
          </Anchor>
        );
      }
    }
    return null;
  });
}

interface MarkdownProps {
  source: string;
  /** The heading level a "#" heading becomes, so the text fits the page's outline. */
  headingOffset?: number;
}

/**
 * Renders Markdown as React elements. Nothing is inserted as HTML, so markup
 * in the text (a <script>, an <img onerror>) shows as plain text.
 */
export function Markdown({ source, headingOffset = 2 }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className="praktijk-markdown">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading': {
            const order = Math.min(6, block.level + headingOffset) as TitleOrder;
            return (
              <Title key={index} order={order} size={order <= 3 ? 'h4' : 'h5'} mt="sm" mb={4}>
                {renderInline(block.children)}
              </Title>
            );
          }
          case 'list':
            return (
              <List key={index} type={block.ordered ? 'ordered' : 'unordered'} start={block.ordered ? block.start : undefined} mb="sm" spacing={4}>
                {block.items.map((item, i) => (
                  <List.Item key={i}>{renderInline(item)}</List.Item>
                ))}
              </List>
            );
          case 'quote':
            return (
              <Blockquote key={index} p="sm" mb="sm">
                {renderInline(block.children)}
              </Blockquote>
            );
          case 'paragraph':
            return (
              <Text key={index} mb="sm">
                {renderInline(block.children)}
              </Text>
            );
        }
        return null;
      })}
    </div>
  );
}
