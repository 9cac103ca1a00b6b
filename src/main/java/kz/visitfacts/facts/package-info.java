/** The curated fact base: sources kept verbatim, facts quoting them, and the checks that keep them honest. */
package kz.visitfacts.facts;
