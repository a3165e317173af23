/**
 * Reads a PostgreSQL script the way psql reads it, lazily and in constant memory: SQL statements
 * (with their line and column), {@code COPY ... FROM stdin} statements with their streamed data
 * block, and psql meta-commands. Statement boundaries follow psql's lexer: {@code $$} and
 * {@code $tag$} bodies, single-quoted and {@code E''} strings, quoted identifiers, comments
 * (nested block comments included), parentheses and {@code BEGIN ATOMIC} bodies. psql variables
 * ({@code :NAME}, {@code :'NAME'}, {@code :"NAME"}) are interpolated outside quotes and comments.
 *
 * <p>Nothing here executes anything or knows about files: {@link dev.planrun.sql.parse.ScriptParser}
 * reads a UTF-8 {@link java.io.InputStream}.
 */
package dev.planrun.sql.parse;
