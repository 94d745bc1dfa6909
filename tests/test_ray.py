"""The Ray Data recipe on a local Ray instance with two workers equals the single-process run."""

import pytest

import ray  # noqa: E402  (the test extra installs ray[data])
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")  # raised inside ray.data

from kzmonitor.api import extract_reports  # noqa: E402
from kzmonitor.cli import FILE_YEAR_RE  # noqa: E402
from kzmonitor.ray_recipe import extract_with_ray  # noqa: E402

from .conftest import REPORTS  # noqa: E402


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, object_store_memory=200 * 2**20, log_to_driver=False,
             configure_logging=False)
    yield
    ray.shutdown()


def test_ray_recipe_equals_single_process(local_ray, nlp_rules):
    paths = REPORTS[:3]  # 2021-09, 2022-10, 2023-04: persons recur across them
    single = extract_reports([(str(p), p.read_text(encoding="utf-8")) for p in paths], nlp_rules,
                             fallback_years={str(p): int(FILE_YEAR_RE.search(p.name).group(1)) for p in paths})
    distributed = list(extract_with_ray(paths, "rules", concurrency=2, reports_per_batch=1))
    assert [r.source for r in distributed] == [str(p) for p in paths]
    assert [r.model_dump() for r in distributed] == [r.model_dump() for r in single]
    assert sum(len(r.entries) for r in distributed) == sum(len(r.entries) for r in single) > 200


def test_ray_recipe_keeps_the_persons_registry(local_ray, nlp_rules):
    from kzmonitor.registry import PersonsRegistry

    paths = REPORTS[:2]
    fallback = {str(p): int(FILE_YEAR_RE.search(p.name).group(1)) for p in paths}
    single_registry, ray_registry = PersonsRegistry(), PersonsRegistry()
    single = extract_reports([(str(p), p.read_text(encoding="utf-8")) for p in paths], nlp_rules,
                             fallback_years=fallback, registry=single_registry)
    distributed = list(extract_with_ray(paths, "rules", concurrency=2, reports_per_batch=1, registry=ray_registry))
    assert [r.model_dump() for r in distributed] == [r.model_dump() for r in single]
    assert sorted(p.person_id for p in ray_registry.persons) == sorted(p.person_id for p in single_registry.persons)
    assert len(ray_registry.persons) > 100
