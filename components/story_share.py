"""What makes events far from the story's middle (in time or on the map) a story of their own, framed with it,
rather than stray mentions left out: this many of them together, and this share of all."""
MIN_STORY, OTHER_STORY_SHARE = 3, 0.1
