// The class grid: Enter moves to the same column of the next row, as in a spreadsheet, instead of saving.
// The page works without this script; the form's disabled first button already keeps Enter from submitting.
(function () {
	'use strict';

	function cellOf(element) {
		return element.closest('td');
	}

	function fieldBelow(field) {
		var cell = cellOf(field);
		var row = cell && cell.parentElement;
		var next = row && row.nextElementSibling;
		if (!next) {
			return null;
		}
		var below = next.children[Array.prototype.indexOf.call(row.children, cell)];
		return below ? below.querySelector('input, select') : null;
	}

	document.querySelectorAll('form[data-grid]').forEach(function (form) {
		form.addEventListener('keydown', function (event) {
			var field = event.target;
			if (event.key !== 'Enter' || !field.matches('input[type=text], select')) {
				return;
			}
			event.preventDefault();
			var below = fieldBelow(field);
			if (below) {
				below.focus();
				if (below.select) {
					below.select();
				}
			}
		});
	});
}());
