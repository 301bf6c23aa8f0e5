import { fold } from './text';

export interface TagRules {
  max?: number;
  maxLength?: number;
}

export type TagsReading = { tags: string[]; problem?: undefined }
  | { tags?: undefined; problem: 'too-many' | 'too-long'; limit: number };

/**
 * Tags as typed into one field, separated by commas: trimmed, empty ones dropped, and a tag that differs from
 * an earlier one only in case given once (the server keeps them so). Or what is wrong with them.
 */
export function readTags(typed: string, rules: TagRules = {}): TagsReading {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const piece of typed.split(',')) {
    const tag = piece.trim().replace(/^#/, '').trim();
    if (tag && !seen.has(fold(tag))) {
      seen.add(fold(tag));
      tags.push(tag);
    }
  }
  if (rules.maxLength !== undefined && tags.some((tag) => [...tag].length > rules.maxLength!)) {
    return { problem: 'too-long', limit: rules.maxLength };
  }
  if (rules.max !== undefined && tags.length > rules.max) {
    return { problem: 'too-many', limit: rules.max };
  }
  return { tags };
}

/** Tags as the field shows them again: "coffee, work". */
export function writeTags(tags: readonly string[]): string {
  return tags.join(', ');
}
