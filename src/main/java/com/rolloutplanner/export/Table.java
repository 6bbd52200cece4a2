package com.rolloutplanner.export;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * A table to export: its name (the sheet's and the file's), its columns, and its rows
 * read a page at a time (from 0) and turned into cells: {@code String}, {@code Number},
 * {@code LocalDate}, {@code Instant} or {@code null} for an empty cell, one per column.
 */
public record Table<T>(String name, List<Column> columns, IntFunction<Page<T>> pages, Function<T, List<Object>> row) {

	/** How many rows are read at a time. */
	public static final int CHUNK = 500;

}
