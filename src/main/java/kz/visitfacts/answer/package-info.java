/** Turns a question into an answer: the matched fact, its statement in the asker's language, or an honest "not found" with suggestions. */
package kz.visitfacts.answer;
