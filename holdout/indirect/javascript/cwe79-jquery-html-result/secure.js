$(function () {
  $('#lookup-form').on('submit', function (event) {
    event.preventDefault();
    const sku = $('#sku').val();
    $.getJSON('/api/stock', { sku: sku }).done(function (item) {
      $('#result').empty().append($('<h3>').text(item.name), $('<p>').text(item.available + ' in stock'));
    }).fail(function () {
      $('#result').empty().append($('<p class="error">').text('No product with code ' + sku));
    });
  });
});
