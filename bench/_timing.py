"""Shared by the page benchmarks: the median time of a GET, repeated."""
import statistics
import time


def median_get_seconds(client, url: str, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(samples)
