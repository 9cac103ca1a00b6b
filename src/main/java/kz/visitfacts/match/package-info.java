/**
 * Keyword matching in Chinese, Russian, English and Kazakh: text is folded to one form, cut into terms
 * (curated names, words, character pairs, numbers with their units) and scored against every fact.
 */
package kz.visitfacts.match;
