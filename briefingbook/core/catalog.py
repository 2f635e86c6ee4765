"""One catalogue of chartable series: the reference DB's and the ones imported into a book.

It answers the calls the chart module makes of a Reference (``series``, ``observations``,
``events``, ``series_list``), so charts and packets draw imported series exactly as they draw
published ones. For an imported series the catalogue draws the latest vintage unless another
was chosen (``use_vintage``); the source line then names that vintage.
"""

from __future__ import annotations

import dataclasses

from briefingbook.core import book_series
from briefingbook.core.book import Book
from briefingbook.core.model import Event, Observation, SeriesInfo
from briefingbook.core.reference import Reference


class SeriesCatalog:
    def __init__(self, reference: Reference, book: Book | None = None) -> None:
        self.reference = reference
        self.book = book
        self._vintages: dict[str, int] = {}

    def is_imported(self, slug: str) -> bool:
        return self._imported_in(slug) is not None

    def _imported_in(self, slug: str) -> Book | None:
        """The book when ``slug`` is one of its imported series, else None."""
        if self.book is not None and book_series.has_series(self.book, slug):
            return self.book
        return None

    def series_list(self) -> list[SeriesInfo]:
        imported = book_series.imported_series(self.book) if self.book is not None else []
        return self.reference.series_list() + [self.series(info.slug) for info in imported]

    def vintages(self, slug: str) -> list[book_series.Vintage]:
        book = self._imported_in(slug)
        return book_series.vintages(book, slug) if book is not None else []

    def use_vintage(self, slug: str, vintage: int | None) -> None:
        """Draw ``vintage`` of an imported series (None: the latest)."""
        if vintage is None:
            self._vintages.pop(slug, None)
            return
        if vintage not in {v.vintage for v in self.vintages(slug)}:
            raise ValueError(f"series {slug!r} has no vintage {vintage}")
        self._vintages[slug] = vintage

    def chosen_vintage(self, slug: str) -> int | None:
        return self._vintages.get(slug)

    def series(self, slug: str) -> SeriesInfo:
        book = self._imported_in(slug)
        if book is None:
            return self.reference.series(slug)
        info = book_series.imported_series_info(book, slug)
        known = self.vintages(slug)
        chosen = self._vintages.get(slug, known[-1].vintage)
        vintage = next(v for v in known if v.vintage == chosen)
        code = f"{info.series_code}; " if info.series_code else ""
        number, total, file = vintage.vintage, len(known), vintage.file_name
        return dataclasses.replace(
            info,
            as_of=vintage.as_of or vintage.imported_at[:10],
            as_of_kind="given" if vintage.as_of else "imported",
            series_code=f"{code}vintage {number} of {total} ({file})",
            # the source line's words in each language (provenance reads code_plain_<lang>)
            code_plain_en=f"{code}vintage {number} of {total} ({file})",
            code_plain_es=f"{code}versión {number} de {total} ({file})",
        )

    def observations(self, slug: str) -> list[Observation]:
        book = self._imported_in(slug)
        if book is None:
            return self.reference.observations(slug)
        return book_series.observations(book, slug, self._vintages.get(slug))

    def events(self) -> list[Event]:
        return self.reference.events()
