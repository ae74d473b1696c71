// The signing batch's progress bar: asks the server every second how far the batch is and moves the bar;
// when the batch no longer runs, reloads the page to show its result. Without JavaScript the page's
// refresh link does the same by hand.
(function () {
	'use strict';

	var page = document.getElementById('signing-batch');
	if (!page || page.getAttribute('data-state') !== 'RUNNING') {
		return;
	}
	var url = page.getAttribute('data-progress-url');
	var bar = document.getElementById('batch-progress');
	var counts = document.querySelector('#batch-counts span');
	var template = counts ? counts.textContent : '';

	function show(progress) {
		bar.value = progress.percent;
		bar.textContent = progress.percent + '%';
		if (counts) {
			// The counts' text is the server's, in the reader's language: only its numbers change.
			var numbers = [progress.signed, progress.skipped, progress.total];
			var i = 0;
			counts.textContent = template.replace(/\d+/g, function () {
				return String(numbers[Math.min(i++, 2)]);
			});
		}
	}

	function poll() {
		fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (progress) {
				show(progress);
				if (progress.running) {
					window.setTimeout(poll, 1000);
				} else {
					window.location.reload();
				}
			})
			.catch(function () {
				// A lost answer: try again a little later; the refresh link stays there.
				window.setTimeout(poll, 3000);
			});
	}

	window.setTimeout(poll, 1000);
}());
