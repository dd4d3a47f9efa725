"""The vocabulary: labels of api.domain.labels, and the problem codes' titles of api.problems."""

from __future__ import annotations

from functools import cache

from api.domain.labels import VOCABULARIES
from api.problems import CATALOGUE
from api.schemas.vocabulary import Label, Vocabulary, VocabularyEnum
from api.services.common import etag_of_body


def vocabulary() -> Vocabulary:
    enums = [
        VocabularyEnum(
            name=v.name,
            vi=v.title[0],
            en=v.title[1],
            values=[Label(value=value, vi=vi, en=en) for value, (vi, en) in v.labels.items()],
        )
        for v in VOCABULARIES
    ]
    enums.append(
        VocabularyEnum(
            name="ProblemCode",
            vi="Mã lỗi",
            en="Problem code",
            values=[Label(value=code, vi=vi, en=en) for code, (_, vi, en) in CATALOGUE.items()],
        )
    )
    return Vocabulary(enums=enums)


@cache
def vocabulary_body() -> tuple[bytes, str]:
    """The answer serialised once per process, with its strong ETag (it changes only with a release)."""
    body = vocabulary().model_dump_json().encode()
    return body, etag_of_body(body)
