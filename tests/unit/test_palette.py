"""The type colours: one per type of the type list, told apart with normal and colour-blind vision."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

from components.palette import OTHER_COLOUR, PALETTE, TYPE_COLOURS, type_colour
from extractors.event_lexicon import event_types

# Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB.
SIMULATIONS = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
WHITE = np.array([0.95047, 1.0, 1.08883])


def lab(colour: str, simulation: np.ndarray) -> np.ndarray:
    """CIELAB of a '#rrggbb' colour as seen through a vision simulation."""
    srgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)
    xyz = SRGB_TO_XYZ @ np.clip(simulation @ linear, 0, 1) / WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_every_type_of_the_type_list_has_its_own_colour() -> None:
    assert set(TYPE_COLOURS) == set(event_types())
    colours = [type_colour(t) for t in event_types()]
    assert len(set(colours)) == len(colours)
    assert len(PALETTE) >= len(event_types()) - 1, "a spare colour or more for the next type"


def test_a_type_no_pack_codes_is_drawn_as_other() -> None:
    assert type_colour("NO_SUCH_TYPE") == type_colour("OTHER") == OTHER_COLOUR


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_every_two_colours_differ_clearly_in_every_vision(vision: str) -> None:
    colours = [*PALETTE, OTHER_COLOUR]
    seen = {colour: lab(colour, SIMULATIONS[vision]) for colour in colours}
    closest = min(np.linalg.norm(seen[a] - seen[b]) for a, b in itertools.combinations(colours, 2))
    assert closest >= 12, f"two colours are {closest:.1f} ΔE apart for {vision}"


def test_no_colour_fades_into_the_white_page_or_the_base_map() -> None:
    lightness = [lab(colour, SIMULATIONS["normal"])[0] for colour in (*PALETTE, OTHER_COLOUR)]
    assert 35 <= min(lightness) and max(lightness) <= 85
