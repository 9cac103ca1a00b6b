/** The command line: ask, chat, validate, eval, bench and run, each a method that returns an exit code. */
package kz.visitfacts.cli;
