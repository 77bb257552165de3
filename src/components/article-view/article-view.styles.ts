import { css } from 'lit';

export const articleViewStyles = css`
  :host {
    display: block;
    container: nr-article-view / inline-size;
  }
  .article,
  .frame,
  .nr-state {
    max-inline-size: var(--nr-article-view-max-width, 48rem);
    margin-inline: auto;
  }
  .article {
    display: grid;
    gap: var(--_nr-space-m);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  .header {
    display: grid;
    gap: calc(var(--_nr-space-s) * 1.25);
    min-inline-size: 0;
  }
  .breadcrumb ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
    color: var(--_nr-muted);
  }
  .breadcrumb li + li::before {
    content: '›';
    content: '›' / '';
    margin-inline-end: 0.375rem;
  }
  .breadcrumb li:dir(rtl) + li::before {
    content: '‹';
    content: '‹' / '';
  }
  .breadcrumb a {
    color: inherit;
    text-decoration: none;
  }
  .breadcrumb a:hover {
    text-decoration: underline;
  }
  .breadcrumb [aria-current] {
    color: var(--_nr-text);
    font-weight: 600;
  }
  .category {
    justify-self: start;
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_nr-accent);
    text-decoration: none;
  }
  a.category:hover {
    text-decoration: underline;
  }
  .title {
    margin: 0;
    font-family: var(--nr-font-family-heading, inherit);
    font-size: var(--nr-article-view-title-size, clamp(1.625rem, 1.1rem + 2.6cqi, 2.75rem));
    line-height: 1.15;
    text-wrap: balance;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-size: 0.9375rem;
    color: var(--_nr-muted);
  }
  .byline {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    flex-basis: 100%;
    color: var(--_nr-text);
  }
  .avatar {
    flex: none;
    inline-size: 2.5rem;
    block-size: 2.5rem;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_nr-border);
  }
  .byline a {
    font-weight: 600;
  }
  .meta > :not(.byline) + :not(.byline)::before {
    content: '·';
    content: '·' / '';
    margin-inline-end: 0.75rem;
  }
  .figure {
    margin: 0;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: var(--_nr-radius);
    background: var(--_nr-border);
  }
  .image.unsized {
    aspect-ratio: 16 / 9;
    object-fit: cover;
  }
  .caption {
    margin-block-start: 0.5rem;
    font-size: 0.875rem;
    color: var(--_nr-muted);
  }
  .body {
    min-inline-size: 0;
  }
  ::slotted([data-nr-body]) {
    display: block;
    max-inline-size: 100%;
  }
  .protected {
    margin: 0;
    padding: var(--_nr-space-m);
    border: 1px solid var(--_nr-border);
    border-radius: var(--_nr-radius);
    color: var(--_nr-muted);
  }
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_nr-space-s);
    padding-block-start: var(--_nr-space-m);
    border-block-start: 1px solid var(--_nr-border);
  }
  .share-button,
  .share-link {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.875rem;
    font: inherit;
    font-size: 0.875rem;
    color: inherit;
    text-decoration: none;
    background: transparent;
    border: 1px solid var(--_nr-border);
    border-radius: 999px;
    cursor: pointer;
  }
  .share-button:hover,
  .share-link:hover {
    border-color: currentColor;
  }
  .share-status {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.875rem;
    color: var(--_nr-muted);
  }

  /* loading skeleton */
  .skeleton {
    display: grid;
    gap: var(--_nr-space-m);
  }
  .skeleton .breadcrumb,
  .skeleton .meta {
    font-size: 0.875rem;
  }
  .skeleton .category {
    justify-self: stretch;
  }
  .skeleton .w-20 {
    inline-size: 20%;
  }
  .skeleton .w-30 {
    inline-size: 30%;
  }
  .skeleton .w-40 {
    inline-size: 40%;
  }
  .skeleton .w-60 {
    inline-size: 60%;
  }
  .skeleton .image {
    aspect-ratio: 16 / 9;
  }
  .skeleton .body-lines {
    block-size: calc(8 * 1lh);
    line-height: 1.65;
    font-size: var(--nr-article-view-body-size, 1.0625rem);
  }

  @container nr-article-view (min-width: 40rem) {
    .meta {
      font-size: 1rem;
    }
  }
`;
