"""`truce assess`: re-run the assessment (stage ⑤) on the stored incidents and agreements."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated

import typer

from truce.assess import Assessment
from truce.cli._common import (
    FORMAT_OPTION,
    Format,
    handle_errors,
    open_store,
    parse_date,
    print_json,
)
from truce.errors import NotFoundError
from truce.jsonout import finding_json
from truce.pipeline import assess_stored


def _summary(result: Assessment, agreement_id: str) -> dict[str, object]:
    state = result.states[agreement_id]
    findings = [f for f in result.findings if f.agreement_id == agreement_id]
    counts = Counter(f.status.value for f in findings)
    last = state.lifecycle[-1] if state.lifecycle else None
    return {
        "agreement_id": agreement_id,
        "as_of": state.as_of.isoformat() if state.as_of else None,
        "findings": dict(sorted(counts.items())),
        "contested": sum(f.contested for f in findings),
        "lifecycle": [
            {"date": e.date.isoformat(), "state": e.state.value, "what": e.what, "by": e.by}
            for e in state.lifecycle
        ],
        "latest_step": last.state.value if last else None,
        "commitments": {c.commitment_id: c.status.value for c in state.commitments},
    }


def register(app: typer.Typer) -> None:
    @app.command("assess")
    @handle_errors
    def assess_cmd(
        ctx: typer.Context,
        agreement: Annotated[
            str | None, typer.Option("--agreement", help="Show only this agreement id.")
        ] = None,
        as_of: Annotated[
            str | None,
            typer.Option("--as-of", help="Commitments as of this day (default: latest incident)."),
        ] = None,
        fmt: Format = FORMAT_OPTION,
    ) -> None:
        """Assess every stored incident against every stored agreement and store the findings.

        Examples:

          truce assess

          truce assess --agreement syria-2016-09-us-russia --format json
        """
        day: dt.date | None = parse_date(as_of, option="--as-of") if as_of else None
        result = assess_stored(open_store(ctx, create=False), as_of=day)
        ids = list(result.states)
        if agreement is not None:
            if agreement not in result.states:
                raise NotFoundError(
                    f"no stored agreement {agreement!r}; stored: {', '.join(ids) or 'none'}"
                )
            ids = [agreement]
        if fmt == Format.JSON:
            print_json(
                {
                    "agreements": [_summary(result, i) for i in ids],
                    "findings": [finding_json(f) for f in result.findings if f.agreement_id in ids],
                }
            )
            return
        for agreement_id in ids:
            state = result.states[agreement_id]
            own = [f for f in result.findings if f.agreement_id == agreement_id]
            counts = Counter(f.status.value.replace("_", " ") for f in own)
            text = ", ".join(f"{v} {k}" for k, v in sorted(counts.items())) or "none"
            contested = sum(f.contested for f in own)
            typer.echo(f"{agreement_id}: findings {text}; {contested} contested")
            for step in state.lifecycle:
                typer.echo(f"  {step.date.isoformat()}  {step.state.value:<18}  {step.what}")
            for c in state.commitments:
                typer.echo(f"  commitment {c.commitment_id}: {c.status.value}")
