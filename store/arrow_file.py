"""A table and a little JSON about it as one Arrow file (zstd): how the case keeps what it derives from itself, read
back in a blink."""
from __future__ import annotations

import json
from collections.abc import Collection
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.ipc as ipc

ABOUT_KEY = b"newsmap"  # the schema metadata entry holding the JSON


def frame_bytes(frame: pd.DataFrame, about: dict[str, Any]) -> bytes:
    """A frame as an Arrow file, what is said about it in its schema's metadata."""
    table = pa.Table.from_pandas(frame, preserve_index=False)
    table = table.replace_schema_metadata({**table.schema.metadata, ABOUT_KEY: json.dumps(about).encode()})
    sink = pa.BufferOutputStream()
    with ipc.new_file(sink, table.schema, options=ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def frame_from_bytes(body: bytes, columns: Collection[str] | None = None) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The frame an Arrow file holds (only these of its columns, the others not even decompressed, when given) and
    what its metadata says about it."""
    source = pa.BufferReader(body)
    schema = ipc.open_file(source).schema
    options = ipc.IpcReadOptions(included_fields=[schema.get_field_index(name) for name in schema.names
                                                  if name in columns]) if columns is not None else None
    table = ipc.open_file(source, options=options).read_all()
    return table.to_pandas(), json.loads(schema.metadata[ABOUT_KEY])
