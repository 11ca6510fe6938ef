"""The query filter options, declared once for said, search, timeline, stats and who.

`@filter_options()` adds the options to a command in place of its `criteria`
parameter and calls it with one tracker.query.Criteria holding what was typed,
as sqlite-utils' `@output_options` does for its output flags. Typer reads the
command's signature, so the decorator writes the options into it.
"""

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, get_type_hints

import typer

FILTER_OPTIONS: dict[str, Any] = {
    "by": Annotated[
        list[str] | None,
        typer.Option(
            "--by", help="Speaker: an official or institution (id or any alias); repeatable."
        ),
    ],
    "institution": Annotated[
        str | None,
        typer.Option(
            "--institution",
            help="Statements by anyone holding a role in it (or under it) that day, and its own.",
        ),
    ],
    "country": Annotated[
        str | None,
        typer.Option("--country", help="ISO country code of the institution spoken for (RU, US)."),
    ],
    "date_from": Annotated[
        str | None,
        typer.Option(
            "--from",
            help="Placed on or after this day (2021-12-17, 2021-12 or 2021): a statement is "
            "placed on the latest day it may have been said.",
        ),
    ],
    "date_to": Annotated[
        str | None,
        typer.Option(
            "--to", help="Placed on or before this day (the last day of 2021-12 or 2021)."
        ),
    ],
    "overlapping": Annotated[
        bool,
        typer.Option(
            "--overlapping",
            help="With --from/--to: any statement that may have been said in the range, "
            "e.g. 'on or before 17 Dec 2021' for --from 2014.",
        ),
    ],
    "about": Annotated[
        str | None,
        typer.Option("--about", help="Full-text query (see `tracker search --help` for syntax)."),
    ],
    "mentions": Annotated[
        list[str] | None,
        typer.Option(
            "--mentions", help="Statements about this official or institution; repeatable."
        ),
    ],
    "topic": Annotated[str | None, typer.Option("--topic", help="Statements tagged so.")],
    "kind": Annotated[
        list[str] | None, typer.Option("--kind", help="direct, indirect or mixed; repeatable.")
    ],
    "source": Annotated[
        int | None, typer.Option("--source", help="Statements cited in this source (its id).")
    ],
    "status": Annotated[
        list[str] | None, typer.Option("--status", help="proposed or confirmed; repeatable.")
    ],
}


def filter_options(*, omit: tuple[str, ...] = ()) -> Callable[[Callable], Callable]:
    """Give a command the filter options (all but `omit`) where its `criteria` parameter is.

    The command is called with criteria=Criteria(...) built from them; its other
    parameters are passed through unchanged.
    """
    names = [name for name in FILTER_OPTIONS if name not in omit]

    def decorate(command: Callable) -> Callable:
        # the command annotates `criteria` with a name imported for type checking only
        hints = get_type_hints(command, localns={"Criteria": object}, include_extras=True)
        parameters = []
        for parameter in inspect.signature(command).parameters.values():
            if parameter.name == "criteria":
                parameters += [
                    inspect.Parameter(
                        name,
                        inspect.Parameter.KEYWORD_ONLY,
                        default=False if name == "overlapping" else None,
                        annotation=FILTER_OPTIONS[name],
                    )
                    for name in names
                ]
            else:
                parameters.append(
                    parameter.replace(
                        kind=inspect.Parameter.KEYWORD_ONLY, annotation=hints[parameter.name]
                    )
                )

        @functools.wraps(command)
        def with_criteria(**values: Any) -> Any:
            from tracker.query import Criteria

            criteria = Criteria(**{name: values.pop(name) for name in names})
            return command(criteria=criteria, **values)

        with_criteria.__signature__ = inspect.Signature(parameters, return_annotation=None)
        with_criteria.__annotations__ = {p.name: p.annotation for p in parameters}
        return with_criteria

    return decorate
