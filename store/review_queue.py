"""The order Review walks the case in, read from its event table: the happenings the machine is least sure of
first, the analyst's own last (a big case is queued without reading one analysis)."""
from __future__ import annotations

import numpy as np
import pandas as pd

LOW_CONFIDENCE = 0.6  # below it, the machine had neither an exact place nor a date the sentence gives
# Why an event stands where it does in the queue, most in need of the analyst first.
REASONS = ("no place on the map", "placed only at a country", "low confidence", "type OTHER", "nothing flagged",
           "corrected by you")


def queue_ranks(table: pd.DataFrame, corrected: set[str]) -> np.ndarray:
    """Each row's place in REASONS: unplaced, country-level, low confidence, type OTHER, the rest, corrected last
    (a happening is corrected when any of its tellings is)."""
    touched = np.array([not corrected.isdisjoint(ids) for ids in table["event_ids"]], dtype=bool)
    return np.select(
        [touched, table["lat"].isna().to_numpy(),
         ((table["place_precision"] == "country") | (table["place_class"] == "country")).to_numpy(),
         (table["confidence"] < LOW_CONFIDENCE).to_numpy(), (table["type"] == "OTHER").to_numpy()],
        [5, 0, 1, 2, 3], 4)


def review_queue(table: pd.DataFrame, corrected: set[str]) -> list[str]:
    """The happenings' event ids (each its first telling's) in queue order; within a rank by date (undated last),
    then as the table lists them."""
    order = pd.DataFrame({"rank": queue_ranks(table, corrected), "undated": table["date_start"].isna().to_numpy(),
                          "start": table["date_start"].to_numpy(), "index": np.arange(len(table))})
    order = order.sort_values(["rank", "undated", "start", "index"], kind="stable")
    return table["event_id"].to_numpy()[order["index"].to_numpy()].tolist()


def queue_reason(row: pd.Series, corrected: set[str]) -> str:
    """Why the happening of this table row is where it is in the queue, in a few words."""
    return REASONS[int(queue_ranks(row.to_frame().T, corrected)[0])]
