"""briefingbook chart: the charts pane's chart as PNG, SVG or CSV (issue 17)."""

from __future__ import annotations

import csv
import io
import os
import stat

import pytest

from briefingbook.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_has_the_drawn_dates_and_the_transformed_values(capsys, tmp_path, reference):
    out = tmp_path / "trade.csv"
    code, stdout, err = run(
        capsys,
        "chart",
        "us_goods_trade_mexico",
        "--transform",
        "pct_yoy",
        "--from",
        "2001",
        "--to",
        "2003",
        "-o",
        str(out),
    )
    assert code == 0 and err == "" and stdout.strip() == f"wrote {out}: 6 points"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["date", "period", "series", "value"]
    raw = {(o.period, o.country): o.value for o in reference.observations("us_goods_trade_mexico")}
    row = next(r for r in rows if r["period"] == "2002" and r["series"] == "us_goods_trade_mexico:USA_TO_MEX")
    assert row["date"] == "2002-01-01"
    assert float(row["value"]) == pytest.approx(100 * (raw["2002", "USA_TO_MEX"] / raw["2001", "USA_TO_MEX"] - 1))
    assert {r["period"] for r in rows} == {"2001", "2002", "2003"}


def test_share_of_a_chosen_country_and_index(capsys, tmp_path, reference):
    out = tmp_path / "share.csv"
    code, _, err = run(
        capsys,
        "chart",
        "remittances_received_mexico_wdi",
        "--transform",
        "share_of:gdp_current_usd:MEX",
        "-o",
        str(out),
    )
    assert code == 0, err
    rows = {r["period"]: float(r["value"]) for r in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    gdp = {o.period: o.value for o in reference.observations("gdp_current_usd") if o.country == "MEX"}
    rem = {o.period: o.value for o in reference.observations("remittances_received_mexico_wdi")}
    assert rows["2010"] == pytest.approx(100 * rem["2010"] / gdp["2010"])
    code, _, err = run(capsys, "chart", "population", "--transform", "index:2000", "-o", str(tmp_path / "i.csv"))
    assert code == 0, err
    assert "2000-01-01,2000,population:MEX,100\n" in (tmp_path / "i.csv").read_text(encoding="utf-8")


def test_png_and_svg(capsys, tmp_path):
    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert run(capsys, "chart", "us_goods_trade_mexico,us_goods_trade_balance_mexico", "-o", str(png))[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    code, _, err = run(
        capsys, "chart", "us_goods_trade_mexico", "--lang", "es", "--transform", "pct_prev", "-o", str(svg)
    )
    assert code == 0, err
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "respecto al periodo anterior" in text  # the axis names the transformation, in Spanish


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_chart_files_get_the_umask_mode_like_a_packet(capsys, tmp_path):
    old = os.umask(0o022)
    try:
        for name in ("c.png", "c.svg", "c.csv"):
            out = tmp_path / name
            assert run(capsys, "chart", "us_goods_trade_mexico", "-o", str(out))[0] == 0
            assert stat.S_IMODE(out.stat().st_mode) == 0o644, name  # not mkstemp's 0600
    finally:
        os.umask(old)


@pytest.mark.parametrize(
    "args, message",
    [
        (["us_goods_trade_mexico", "-o", "x.pdf"], "must end with .png, .svg or .csv"),
        (["us_goods_trade_mexico", "--transform", "pct", "-o", "x.csv"], "unknown transformation"),
        (["no_such_series", "-o", "x.csv"], "no series 'no_such_series'"),
        (["us_goods_trade_mexico,population", "-o", "x.png"], "different units"),
        (["us_goods_trade_mexico", "--transform", "ma:100", "-o", "x.csv"], "needs at least 100 values"),
        (["us_goods_trade_mexico", "--from", "2030", "-o", "x.csv"], "no values of us_goods_trade_mexico to chart"),
    ],
)
def test_bad_requests_are_one_line_and_exit_1(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "chart", *args)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and message in err
    assert list(tmp_path.iterdir()) == []
